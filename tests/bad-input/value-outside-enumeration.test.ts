import { describe, expect, it } from "vitest";
import { buildWithMistake } from "./run-build.ts";

describe("a build with a value outside its enumeration", () => {
  it("suggests the closest allowed value and lists them all, and writes nothing", () => {
    const build = buildWithMistake("objectives.yaml", "    status: at-risk", "    status: atrisk");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(
      `${build.file}:47:13 objectives[1].status: 'atrisk' is not allowed here: did you mean 'at-risk'? (allowed: 'not-started', 'on-track', 'at-risk', 'achieved')`,
    );
  });
});
