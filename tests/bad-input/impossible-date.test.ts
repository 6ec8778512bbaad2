import { describe, expect, it } from "vitest";
import { buildWithMistake } from "./run-build.ts";

describe("a build with a date that is not in the calendar", () => {
  it("names the date and says to check its day and month, and writes nothing", () => {
    const build = buildWithMistake("objectives.yaml", 'due: "2025-03-31"', 'due: "2025-02-30"');
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:25:14 objectives[0].actions[0].due: '2025-02-30' is not a day in the calendar: check the day and the month`);
  });
});
