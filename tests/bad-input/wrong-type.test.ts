import { describe, expect, it } from "vitest";
import { buildWithMistake } from "./run-build.ts";

describe("a build with a value of the wrong type", () => {
  it("says a number was expected and text was found, and writes nothing", () => {
    const build = buildWithMistake("objectives.yaml", "      start: 2024", "      start: twenty");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:11:14 objectives[0].period.start: write the year as a number, such as 2026 (found text 'twenty')`);
  });
});
