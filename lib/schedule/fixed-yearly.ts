/**
 * Status of a deadline that falls on the same date every year (gender pay gap 30 March, EDS report
 * 28 February). DOMAIN.md: "met by a publication on or before it; the next one due is the same
 * date a year on", and "a report published after its deadline is late for its own cycle, not early
 * for the next one".
 *
 * When the last publication says what it covers, its cycle decides which deadline it was for
 * (deriveFixedYearlyCycle). When it does not, each deadline is taken to close a cycle that began the
 * day after the deadline before it, met by any publication in between (deriveFixedYearly): the
 * reading before publications named their cycle, kept so older files build as they did.
 */
import { yearlyDate, yearOf } from "../dates/arithmetic.ts";
import type { Covers } from "../schemas/cycle.ts";
import type { ScheduleRule } from "../schemas/publication-schedule.ts";
import { cycleDeadline } from "./cycle.ts";
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

/**
 * From the cycle the last publication covers: the deadline after that cycle's is the next one due,
 * and the entry is overdue once today is after it (showing the latest deadline missed, as above).
 * A late publication ends the overdue, but met no deadline, so the entry is upcoming, not
 * published, until the next deadline comes near.
 */
export function deriveFixedYearlyCycle(
  rule: FixedYearlyRule,
  published: { date: string; covers: Covers },
  today: string,
  dueSoonDays: number,
): Pick<ScheduleRow, "status" | "dueDate"> & { late: boolean } {
  const deadline = cycleDeadline(rule.date, published.covers);
  const late = published.date > deadline;
  const afterIt = yearlyDate(rule.date, yearOf(deadline) + 1);
  // A cycle published before the duty began leaves the first deadline still to meet.
  const next = rule.firstDue !== undefined && afterIt < rule.firstDue ? rule.firstDue : afterIt;
  if (today > next) return { status: "overdue", dueDate: lastDeadlineBefore(rule.date, today), late };
  const metOnTime = !late && (rule.firstDue === undefined || deadline >= rule.firstDue);
  return { status: statusBefore(next, metOnTime, today, dueSoonDays), dueDate: next, late };
}

/** The latest yearly deadline before `today`. */
function lastDeadlineBefore(monthDay: string, today: string): string {
  const sameYear = yearlyDate(monthDay, yearOf(today));
  return sameYear < today ? sameYear : yearlyDate(monthDay, yearOf(today) - 1);
}

/** The first yearly deadline on or after `from`. */
export function firstDeadlineFrom(monthDay: string, from: string): string {
  const sameYear = yearlyDate(monthDay, yearOf(from));
  return sameYear >= from ? sameYear : yearlyDate(monthDay, yearOf(from) + 1);
}
