import { describe, expect, it } from "vitest";
import { buildWithDataFile } from "./run-build.ts";

describe("a build with a data file far larger than any real content", () => {
  it("refuses it quickly with its size, rather than tying the build up", () => {
    const build = buildWithDataFile("redirects.yaml", () => `redirects: []\n# ${"x".repeat(6 * 1024 * 1024)}\n`);
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:1:1 this file is 6.0 MB, more than the 5 MB the hub reads`);
  });
});
