/**
 * Next due date and status of one publication schedule entry, from its rule and "today".
 * The rules are in DOMAIN.md "Publication schedule rules" and docs/content-model.md; in short:
 * a deadline is met by a publication on or before it, and overdue means today is after it.
 */
import { endOfPeriodBeginningWith } from "../dates/arithmetic.ts";
import { formatDisplayDate, formatMonthDay } from "../dates/format.ts";
import type { ScheduleEntry, ScheduleRule } from "../schemas/publication-schedule.ts";
import { deriveFixedYearly } from "./fixed-yearly.ts";
import { statusBefore } from "./status-before.ts";
import type { ScheduleRow, ScheduleStatusId } from "./types.ts";

export function deriveScheduleRow(
  entry: ScheduleEntry,
  today: string,
  dueSoonDays: number,
): Omit<ScheduleRow, "dueAfterClosing"> {
  const published = entry.lastPublished?.date;
  const rule = entry.rule;
  switch (rule.type) {
    case "fixed-yearly":
      return { entry, ...deriveFixedYearly(rule, published, today, dueSoonDays) };
    case "interval": {
      const dueDate = published ? endOfPeriodBeginningWith(published, rule.months) : rule.firstDue;
      if (dueDate === undefined) {
        // lib/data/integrity.ts reports this to the editor; reaching here means it was bypassed.
        throw new Error(
          `Schedule entry '${entry.id}' has an interval rule but neither lastPublished nor rule.firstDue`,
        );
      }
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

/** Several years read better as years ("4 years"); one year stays "12 months", the usual wording of the yearly duties. */
function describeMonths(months: number): string {
  if (months % 12 === 0 && months > 12) return `${months / 12} years`;
  return months === 1 ? "1 month" : `${months} months`;
}
