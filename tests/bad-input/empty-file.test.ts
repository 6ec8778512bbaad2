import { describe, expect, it } from "vitest";
import { buildWithDataFile } from "./run-build.ts";

describe("a build with an empty data file", () => {
  it("says the file is empty and what to add, and writes nothing", () => {
    const build = buildWithDataFile("objectives.yaml", () => "");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:1:1 the file is empty: add its fields (docs/content-model.md lists them)`);
  });
});
