import fc from "fast-check";
import { describe, it } from "vitest";
import { daysBetween, yearlyDate, yearOf } from "../../../lib/dates/arithmetic.ts";
import { deriveScheduleRow } from "../../../lib/schedule/derive.ts";
import type { ScheduleRule } from "../../../lib/schemas/publication-schedule.ts";
import { dayFromOffset, dayOffsetRange } from "../dates/utc-oracle.ts";
import { scheduleEntry } from "./schedule-entry.ts";

const WINDOW = 60;

/** 1 January 2024: the days of a leap year give every yearly date, 29 February included. */
const LEAP_YEAR_START = 12_418;

/** Any yearly date, a today and an optional earlier publication. */
const cases = fc.record({
  monthDay: fc.integer({ min: 0, max: 365 }).map((offset) => dayFromOffset(LEAP_YEAR_START + offset).slice(5)),
  today: fc.integer({ min: 2_000, max: dayOffsetRange.max }),
  publishedDaysBefore: fc.option(fc.integer({ min: 0, max: 1_500 }), { nil: undefined }),
});

function deriveCase({
  monthDay,
  today,
  publishedDaysBefore,
}: {
  monthDay: string;
  today: number;
  publishedDaysBefore: number | undefined;
}) {
  const rule: ScheduleRule = { type: "fixed-yearly", date: monthDay };
  const lastPublished = publishedDaysBefore === undefined ? undefined : dayFromOffset(today - publishedDaysBefore);
  const todayDate = dayFromOffset(today);
  return { todayDate, row: deriveScheduleRow(scheduleEntry(rule, lastPublished), todayDate, WINDOW) };
}

describe("deriveScheduleRow with a fixed yearly date, for any date and history", () => {
  it("is overdue exactly when the date shown has passed", () => {
    fc.assert(
      fc.property(cases, (input) => {
        const { todayDate, row } = deriveCase(input);
        return (row.status === "overdue") === row.dueDate < todayDate;
      }),
    );
  });

  it("is due soon only when the date shown is today or within the window", () => {
    fc.assert(
      fc.property(cases, (input) => {
        const { todayDate, row } = deriveCase(input);
        const daysLeft = daysBetween(todayDate, row.dueDate);
        return row.status !== "due-soon" || (daysLeft >= 0 && daysLeft <= WINDOW);
      }),
    );
  });

  it("always shows one of the rule's yearly deadlines", () => {
    fc.assert(
      fc.property(cases, (input) => {
        const { row } = deriveCase(input);
        return row.dueDate === yearlyDate(input.monthDay, yearOf(row.dueDate));
      }),
    );
  });
});

/** The same, with a publication that says which snapshot year it covers, on time or late. */
const cycleCases = fc.record({
  monthDay: fc.integer({ min: 0, max: 365 }).map((offset) => dayFromOffset(LEAP_YEAR_START + offset).slice(5)),
  today: fc.integer({ min: 2_000, max: dayOffsetRange.max }),
  publishedDaysBefore: fc.integer({ min: 0, max: 1_500 }),
  coversYearsBefore: fc.integer({ min: 0, max: 4 }),
});

function deriveCycleCase(input: {
  monthDay: string;
  today: number;
  publishedDaysBefore: number;
  coversYearsBefore: number;
}) {
  const rule: ScheduleRule = { type: "fixed-yearly", date: input.monthDay };
  const date = dayFromOffset(input.today - input.publishedDaysBefore);
  const covers = String(yearOf(date) - input.coversYearsBefore);
  const todayDate = dayFromOffset(input.today);
  return { todayDate, row: deriveScheduleRow(scheduleEntry(rule, { date, covers }), todayDate, WINDOW) };
}

describe("deriveScheduleRow with a fixed yearly date and the cycle covered, for any date and history", () => {
  it("is overdue exactly when the date shown has passed", () => {
    fc.assert(
      fc.property(cycleCases, (input) => {
        const { todayDate, row } = deriveCycleCase(input);
        return (row.status === "overdue") === row.dueDate < todayDate;
      }),
    );
  });

  it("always shows one of the rule's yearly deadlines, and is published only after one met on time", () => {
    fc.assert(
      fc.property(cycleCases, (input) => {
        const { row } = deriveCycleCase(input);
        const onTime = row.latest.state === "done" && !row.latest.late;
        return (
          row.dueDate === yearlyDate(input.monthDay, yearOf(row.dueDate)) && (row.status !== "published" || onTime)
        );
      }),
    );
  });
});
