import { describe, expect, it } from "vitest";
import { buildWithMistake } from "./run-build.ts";

describe("a build with an unknown field", () => {
  it("suggests the field meant, and writes nothing", () => {
    const build = buildWithMistake("objectives.yaml", "    summary: >-", "    sumary: >-");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:6:5 objectives[0].sumary: unknown field 'sumary': did you mean 'summary'?`);
  });
});
