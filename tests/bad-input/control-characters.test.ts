import { describe, expect, it } from "vitest";
import { buildWithMistake } from "./run-build.ts";

describe("a build with an invisible control character pasted into a value", () => {
  it("names the character and where it is, and writes nothing", () => {
    const build = buildWithMistake("objectives.yaml", "title: Make our services", "title: Make our\u0008 services");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toMatch(new RegExp(`${build.file}:\\d+:\\d+ there is an invisible control character \\(U\\+0008\\) here`));
  });

  it("also refuses a right-to-left override, which makes text read differently from how it is stored", () => {
    const build = buildWithMistake("objectives.yaml", "title: Make our services", "title: Make our \u202Esecivres");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain("(U+202E)");
  });
});
