import { describe, expect, it } from "vitest";
import { buildWithDataFile } from "./run-build.ts";

describe("a build with lists nested thousands of levels deep", () => {
  it("says the nesting is too deep instead of crashing", () => {
    const build = buildWithDataFile("redirects.yaml", () => `redirects: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`);
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toMatch(new RegExp(`${build.file}:1:\\d+ lists or groups are nested too deeply here for the hub to read`));
  });
});
