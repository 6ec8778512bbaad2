import { describe, expect, it } from "vitest";
import { buildWithDataFile } from "./run-build.ts";

describe("a build with a YAML alias bomb", () => {
  it("refuses to expand it, quickly and without a crash", () => {
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (const [name, previous] of [["b", "a"], ["c", "b"], ["d", "c"], ["e", "d"], ["f", "e"]] as const) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    const build = buildWithDataFile("redirects.yaml", () => `${levels.join("\n")}\nredirects: []\n`);
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:1:1 this file repeats YAML aliases ('*name') so many times that it would expand far beyond any real content`);
  });
});
