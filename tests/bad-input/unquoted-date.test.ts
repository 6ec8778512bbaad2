import { describe, expect, it } from "vitest";
import { buildWithMistake } from "./run-build.ts";

describe("a build with an unquoted date", () => {
  it("asks for the date in quotes, and writes nothing", () => {
    const build = buildWithMistake("objectives.yaml", 'due: "2025-03-31"', "due: 2025-03-31");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:25:14 objectives[0].actions[0].due: put the date in quotes: '2025-03-31'`);
  });
});
