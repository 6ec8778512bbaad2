import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with a value of the wrong type", () => {
  it("says a number was expected and text was found, and stops the build", () => {
    const check = checkWithMistake("objectives.yaml", "      start: 2024", "      start: twenty");
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:11:14 objectives[0].period.start: write the year as a number, such as 2026 (found text 'twenty')`,
    );
  });
});
