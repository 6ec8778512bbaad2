import { describe, expect, it } from "vitest";
import { checkWithPage, PAGE_START } from "./check-content.ts";

describe("a page with a javascript: link disguised as an HTML entity", () => {
  it("still names the link, and stops the build", () => {
    const check = checkWithPage(
      "writing-test.md",
      `${PAGE_START}Go [home](&#106;ava&#x73;cript&colon;alert(1)) now.\n`,
    );
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:6:4 links must start with https://, http://, mailto:, tel: or /: change this link's address, or for a section of this page use #`,
    );
  });
});
