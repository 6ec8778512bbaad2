import { describe, expect, it } from "vitest";
import { checkWithDataFile } from "./check-content.ts";

describe("a build with lists nested thousands of levels deep", () => {
  it("says the nesting is too deep instead of crashing", () => {
    const check = checkWithDataFile("redirects.yaml", () => `redirects: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`);
    expect(check.ok).toBe(false);
    expect(check.output).toMatch(
      new RegExp(`${check.file}:1:\\d+ lists or groups are nested too deeply here for the hub to read`),
    );
  });
});
