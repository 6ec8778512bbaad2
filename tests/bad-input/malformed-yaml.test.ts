import { describe, expect, it } from "vitest";
import { buildWithMistake } from "./run-build.ts";

describe("a build with malformed YAML", () => {
  it("stops at the '[' that is never closed, says to close it, and writes nothing", () => {
    const build = buildWithMistake("objectives.yaml", "    lead: Director of Nursing and Quality", "    lead: [Director of Nursing and Quality");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:13:11 this '[' is never closed: add ']' at the end of the line`);
  });
});
