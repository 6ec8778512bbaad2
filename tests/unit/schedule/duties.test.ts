/** A duty that is done rather than published (a yearly board review): its own words, and rules in years. */
import { describe, expect, it } from "vitest";
import { deriveScheduleRow, describeRule, scheduleStatusLabel } from "../../../lib/schedule/derive.ts";
import type { ScheduleRule } from "../../../lib/schemas/publication-schedule.ts";
import { dutyEntry, scheduleEntry } from "./schedule-entry.ts";

const everyYear: ScheduleRule = { type: "interval", years: 1 };

describe("a duty in the schedule", () => {
  it("is done, not published, and was last done rather than last published", () => {
    const row = deriveScheduleRow(dutyEntry(everyYear, { date: "2026-05-14" }), "2026-11-23", 60);
    expect([scheduleStatusLabel(row.status, row.entry.kind), row.dueDate, row.latest]).toEqual([
      "Done",
      "2027-05-13",
      {
        state: "done",
        date: "2026-05-14",
        url: undefined,
        late: false,
        lead: "Done",
        leadInSentence: "last done",
        tail: "",
      },
    ]);
  });

  it("is not yet done before its first time", () => {
    const row = deriveScheduleRow(dutyEntry({ ...everyYear, firstDue: "2027-03-31" }), "2026-11-23", 60);
    expect([row.status, row.latest]).toEqual([
      "upcoming",
      { state: "none", text: "Not yet done", inSentence: "not yet done" },
    ]);
  });

  it("words its interval as how often it is done", () => {
    expect([
      describeRule(everyYear, "duty"),
      describeRule({ type: "interval", years: 3 }, "duty"),
      describeRule({ type: "interval", months: 6 }, "duty"),
    ]).toEqual(["At least every year", "At least every 3 years", "At least every 6 months"]);
  });
});

describe("an interval in years", () => {
  it("counts like the same number of months, beginning with the day of the last publication", () => {
    const inYears = deriveScheduleRow(scheduleEntry({ type: "interval", years: 4 }, "2022-03-30"), "2026-01-10", 60);
    const inMonths = deriveScheduleRow(scheduleEntry({ type: "interval", months: 48 }, "2022-03-30"), "2026-01-10", 60);
    expect(inYears.dueDate).toBe("2026-03-29");
    expect([inYears.dueDate, inYears.status]).toEqual([inMonths.dueDate, inMonths.status]);
  });

  it("reads as years on the page", () => {
    expect([describeRule({ type: "interval", years: 3 }), describeRule({ type: "interval", years: 1 })]).toEqual([
      "Within 3 years of the last publication",
      "Within 1 year of the last publication",
    ]);
  });
});
