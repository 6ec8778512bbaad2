import { describe, expect, it } from "vitest";
import { checkWithPage, PAGE_START } from "./check-content.ts";

describe("a page with raw HTML inside a paragraph", () => {
  it("names the line and column of the tag, and stops the build", () => {
    const check = checkWithPage("writing-test.md", `${PAGE_START}Some <strong>bold</strong> text.\n`);
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:6:6 raw HTML is not allowed here: use markdown, or ::: inset / ::: warning / ::: details for NHS.UK components`,
    );
  });
});
