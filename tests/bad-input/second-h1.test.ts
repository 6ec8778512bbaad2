import { describe, expect, it } from "vitest";
import { checkWithPage, PAGE_START } from "./check-content.ts";

describe("a page with a # heading", () => {
  it("explains that the title is already the h1, and stops the build", () => {
    const check = checkWithPage("writing-test.md", `${PAGE_START}# Our work\n\nText.\n`);
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:6:1 this is a second h1: the page title is the h1, so start headings at '## '`,
    );
  });
});
