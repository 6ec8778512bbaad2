/** Mistakes in when a consultation opens and closes, as the build meets them on the day it runs. */
import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with a consultation's dates wrong", () => {
  it("asks when one still open opened, naming its line, and stops the build", () => {
    const check = checkWithMistake("engagement.yaml", '    opens: "2026-10-19"\n', "");
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:10:5 engagements[0].opens: add 'opens' (the first day people can respond, on or before '2026-12-13'): this closes on 13 December 2026, which has not passed yet, so its page invites people to respond; only a record of one that has already closed may leave 'opens' out`,
    );
  });

  it("refuses midnight as a closing time and says to write 23:59, and stops the build", () => {
    const check = checkWithMistake("engagement.yaml", 'closesAt: "23:59"', 'closesAt: "24:00"');
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:20:15 engagements[0].closesAt: midnight could be the start or the end of the closing day: for the end of the day, write '23:59'; if it closed as the day began, make 'closes' the day before and write '23:59'`,
    );
  });
});
