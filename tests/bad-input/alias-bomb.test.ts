import { describe, expect, it } from "vitest";
import { checkWithDataFile } from "./check-content.ts";

describe("a build with a YAML alias bomb", () => {
  it("refuses to expand it, quickly and without a crash", () => {
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (const [name, previous] of [
      ["b", "a"],
      ["c", "b"],
      ["d", "c"],
      ["e", "d"],
      ["f", "e"],
    ] as const) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    const check = checkWithDataFile("redirects.yaml", () => `${levels.join("\n")}\nredirects: []\n`);
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:1:1 this file repeats YAML aliases ('*name') so many times that it would expand far beyond any real content`,
    );
  });
});
