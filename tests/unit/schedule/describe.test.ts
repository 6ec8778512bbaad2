import { describe, expect, it } from "vitest";
import { describeRule, scheduleStatusLabel } from "../../../lib/schedule/derive.ts";
import type { ScheduleRule } from "../../../lib/schemas/publication-schedule.ts";
import { scheduleStatuses } from "../../../lib/schedule/types.ts";

describe("describeRule", () => {
  it.each<[ScheduleRule, string]>([
    [{ type: "fixed-yearly", date: "03-30" }, "Every year by 30 March"],
    [{ type: "fixed-yearly", date: "02-29", firstDue: "2028-02-29" }, "Every year by 29 February"],
    [{ type: "interval", months: 12 }, "Within 12 months of the last publication"],
    [{ type: "interval", months: 48 }, "Within 4 years of the last publication"],
    [{ type: "interval", months: 24 }, "Within 2 years of the last publication"],
    [{ type: "interval", months: 18 }, "Within 18 months of the last publication"],
    [{ type: "interval", months: 1 }, "Within 1 month of the last publication"],
    [{ type: "one-off", date: "2027-03-01" }, "By 1 March 2027"],
  ])("describes %j as '%s'", (rule, words) => {
    expect(describeRule(rule)).toBe(words);
  });
});

describe("scheduleStatusLabel", () => {
  it("gives every status a word, so a status is never shown by colour alone", () => {
    expect(scheduleStatuses.map((status) => scheduleStatusLabel(status))).toEqual([
      "Published",
      "Due soon",
      "Overdue",
      "Upcoming",
    ]);
  });
});
