import { describe, expect, it } from "vitest";
import { checkWithPage, PAGE_START } from "./check-content.ts";

describe("a page with a javascript: link", () => {
  it("names the link and the addresses allowed, and stops the build", () => {
    const check = checkWithPage("writing-test.md", `${PAGE_START}Go [home](javascript:alert(document.cookie)) now.\n`);
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:6:4 links must start with https://, http://, mailto:, tel: or /: change this link's address, or for a section of this page use #`,
    );
  });
});
