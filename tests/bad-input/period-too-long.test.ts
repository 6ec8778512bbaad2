import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with an objectives period longer than four years", () => {
  it("points at the period's end and asks for four years or fewer, and stops the build", () => {
    const check = checkWithMistake(
      "objectives.yaml",
      "      end: 2028\n    lead: Director of Nursing",
      "      end: 2029\n    lead: Director of Nursing",
    );
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:12:12 objectives[0].period.end: 2024 to 2029 is 5 years, but objectives must be published at least every 4 years (SI 2017/353 reg. 5): make the period 4 years or shorter, such as 2024 to 2028`,
    );
  });
});
