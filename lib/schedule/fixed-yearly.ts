/**
 * Status of a deadline that falls on the same date every year (gender pay gap 30 March, EDS report
 * 28 February). Each deadline closes a cycle that began the day after the deadline before it, and
 * is met by a publication in that cycle (DOMAIN.md: "met by a publication on or before it; the next
 * one due is the same date a year on").
 */
import { yearlyDate, yearOf } from "../dates/arithmetic.ts";
import type { ScheduleRule } from "../schemas/publication-schedule.ts";
import { statusBefore } from "./status-before.ts";
import type { ScheduleRow } from "./types.ts";

export type FixedYearlyRule = Extract<ScheduleRule, { type: "fixed-yearly" }>;

export function deriveFixedYearly(
  rule: FixedYearlyRule,
  published: string | undefined,
  today: string,
  dueSoonDays: number,
): Pick<ScheduleRow, "status" | "dueDate"> {
  // The next deadline that counts: on or after today, and never before the duty's first deadline.
  const next = firstDeadlineFrom(
    rule.date,
    rule.firstDue !== undefined && rule.firstDue > today ? rule.firstDue : today,
  );
  const previous = yearlyDate(rule.date, yearOf(next) - 1);
  // A publication since the previous deadline meets the next one, so the one after is what matters.
  if (published !== undefined && published > previous) {
    return { status: "published", dueDate: yearlyDate(rule.date, yearOf(next) + 1) };
  }
  const previousApplies = rule.firstDue === undefined || previous >= rule.firstDue;
  const previousMet = published !== undefined && published > yearlyDate(rule.date, yearOf(previous) - 1);
  if (previousApplies && !previousMet) return { status: "overdue", dueDate: previous };
  return { dueDate: next, status: statusBefore(next, published !== undefined, today, dueSoonDays) };
}

/** The first yearly deadline on or after `from`. */
function firstDeadlineFrom(monthDay: string, from: string): string {
  const sameYear = yearlyDate(monthDay, yearOf(from));
  return sameYear >= from ? sameYear : yearlyDate(monthDay, yearOf(from) + 1);
}
