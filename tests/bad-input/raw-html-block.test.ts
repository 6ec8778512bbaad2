import { describe, expect, it } from "vitest";
import { buildWithPage, PAGE_START } from "./run-build.ts";

describe("a page with a raw HTML block", () => {
  it("names the line and asks for markdown or a ::: component, and writes nothing", () => {
    const build = buildWithPage("writing-test.md", `${PAGE_START}Intro.\n\n<div class="box">\nText.\n</div>\n`);
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:8:1 raw HTML is not allowed here: use markdown, or ::: inset / ::: warning / ::: details for NHS.UK components`);
  });
});
