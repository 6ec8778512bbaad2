import { describe, expect, it } from "vitest";
import { buildWithPage, PAGE_START } from "./run-build.ts";

describe("a page with a # heading", () => {
  it("explains that the title is already the h1, and writes nothing", () => {
    const build = buildWithPage("writing-test.md", `${PAGE_START}# Our work\n\nText.\n`);
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:6:1 this is a second h1: the page title is the h1, so start headings at '## '`);
  });
});
