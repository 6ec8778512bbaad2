import { describe, expect, it } from "vitest";
import { buildWithMistake } from "./run-build.ts";

describe("a build with a field written twice in one entry", () => {
  it("points at the second and names the line of the first, instead of silently keeping one", () => {
    const build = buildWithMistake("organisation.yaml", "shortName: NHS Wealdmoor ICB\n", "shortName: NHS Wealdmoor ICB\nshortName: Wealdmoor ICB\n");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toMatch(new RegExp(`${build.file}:5:1 .*shortName.*line 4`));
  });
});
