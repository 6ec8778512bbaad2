import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with a date that is not in the calendar", () => {
  it("names the date and says to check its day and month, and stops the build", () => {
    const check = checkWithMistake("objectives.yaml", 'due: "2025-03-31"', 'due: "2025-02-30"');
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:25:14 objectives[0].actions[0].due: '2025-02-30' is not a day in the calendar: check the day and the month`,
    );
  });
});
