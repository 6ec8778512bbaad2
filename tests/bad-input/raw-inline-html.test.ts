import { describe, expect, it } from "vitest";
import { buildWithPage, PAGE_START } from "./run-build.ts";

describe("a page with raw HTML inside a paragraph", () => {
  it("names the line and column of the tag, and writes nothing", () => {
    const build = buildWithPage("writing-test.md", `${PAGE_START}Some <strong>bold</strong> text.\n`);
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:6:6 raw HTML is not allowed here: use markdown, or ::: inset / ::: warning / ::: details for NHS.UK components`);
  });
});
