/**
 * Next due date and status of one publication schedule entry, from its rule and "today".
 * The rules are in DOMAIN.md "Publication schedule rules" and docs/content-model.md; in short:
 * a deadline is met by a publication on or before it, and overdue means today is after it.
 */
import { daysBetween, endOfPeriodBeginningWith, yearlyDate, yearOf } from "../dates/arithmetic.ts";
import { formatDisplayDate, formatMonthDay } from "../dates/format.ts";
import type { ScheduleEntry, ScheduleRule } from "../schemas/publication-schedule.ts";
import type { ScheduleRow, ScheduleStatusId } from "./types.ts";

export function deriveScheduleRow(entry: ScheduleEntry, today: string, dueSoonDays: number): ScheduleRow {
  const published = entry.lastPublished?.date;
  const rule = entry.rule;
  switch (rule.type) {
    case "fixed-yearly":
      return { entry, ...deriveFixedYearly(rule.date, rule.firstDue, published, today, dueSoonDays) };
    case "interval": {
      // The loader rejects an interval entry with neither a publication nor a first due date.
      const dueDate = published ? endOfPeriodBeginningWith(published, rule.months) : (rule.firstDue as string);
      return { entry, dueDate, status: statusBefore(dueDate, published !== undefined, today, dueSoonDays) };
    }
    case "one-off":
      return {
        entry,
        dueDate: rule.date,
        status: published ? "published" : statusBefore(rule.date, false, today, dueSoonDays),
      };
  }
}

/** Status against one deadline that has not yet been met. */
function statusBefore(dueDate: string, publishedBefore: boolean, today: string, dueSoonDays: number): ScheduleStatusId {
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return "overdue";
  if (daysLeft <= dueSoonDays) return "due-soon";
  return publishedBefore ? "published" : "upcoming";
}

function deriveFixedYearly(
  monthDay: string,
  firstDue: string | undefined,
  published: string | undefined,
  today: string,
  dueSoonDays: number,
): Pick<ScheduleRow, "status" | "dueDate"> {
  // Before the first deadline that applies, nothing is owed yet.
  if (firstDue && today <= firstDue) {
    return { dueDate: firstDue, status: published ? "published" : statusBefore(firstDue, false, today, dueSoonDays) };
  }
  let next = yearlyDate(monthDay, yearOf(today));
  if (next < today) next = yearlyDate(monthDay, yearOf(today) + 1);
  const previous = yearlyDate(monthDay, yearOf(next) - 1);
  // Published after the last deadline: this cycle is done, and the one after next is what matters.
  if (published && published > previous) {
    return { status: "published", dueDate: yearlyDate(monthDay, yearOf(next) + 1) };
  }
  const previousApplies = !firstDue || previous >= firstDue;
  const cycleStart = yearlyDate(monthDay, yearOf(previous) - 1);
  const previousMet = !previousApplies || (published !== undefined && published > cycleStart);
  if (!previousMet) return { status: "overdue", dueDate: previous };
  return { dueDate: next, status: statusBefore(next, published !== undefined, today, dueSoonDays) };
}

export function scheduleStatusLabel(status: ScheduleStatusId): string {
  return { published: "Published", "due-soon": "Due soon", overdue: "Overdue", upcoming: "Upcoming" }[status];
}

/** The rule in words, such as "Every year by 30 March". */
export function describeRule(rule: ScheduleRule): string {
  switch (rule.type) {
    case "fixed-yearly":
      return `Every year by ${formatMonthDay(rule.date)}`;
    case "interval":
      return `Within ${describeMonths(rule.months)} of the last publication`;
    case "one-off":
      return `By ${formatDisplayDate(rule.date)}`;
  }
}

function describeMonths(months: number): string {
  if (months % 12 === 0) return months === 12 ? "12 months" : `${months / 12} years`;
  return months === 1 ? "1 month" : `${months} months`;
}
