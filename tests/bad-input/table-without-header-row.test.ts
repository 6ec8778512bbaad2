import { describe, expect, it } from "vitest";
import { buildWithPage, PAGE_START } from "./run-build.ts";

describe("a page with a table whose header row is empty", () => {
  it("asks for column headings, and writes nothing", () => {
    const build = buildWithPage("writing-test.md", `${PAGE_START}## Scores\n\n|   |   |\n| --- | --- |\n| 1A | Achieving |\n`);
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:8:1 this table has no header row: write a heading for each column in its first row`);
  });
});
