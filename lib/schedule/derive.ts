/**
 * Next due date and status of one publication schedule entry, from its rule, its last publication
 * (or the last time a duty was done) and "today". The rules are in DOMAIN.md "Publication schedule
 * rules" and docs/content-model.md; in short: a deadline is met by a publication on or before it,
 * overdue means today is after it, and a publication that says what it covers counts for that
 * cycle. A scheduled publication whose day has not come is planned: it meets nothing yet.
 */
import { endOfPeriodBeginningWith } from "../dates/arithmetic.ts";
import { formatDisplayDate, formatMonthDay } from "../dates/format.ts";
import {
  lastTimeField,
  lastTimeOf,
  type LastTime,
  type ScheduleEntry,
  type ScheduleEntryKind,
  type ScheduleRule,
} from "../schemas/publication-schedule.ts";
import { cycleDeadline } from "./cycle.ts";
import { deriveFixedYearly, deriveFixedYearlyCycle, firstDeadlineFrom } from "./fixed-yearly.ts";
import { latestView } from "./latest.ts";
import { statusBefore } from "./status-before.ts";
import type { ScheduleRow, ScheduleStatusId } from "./types.ts";

type Timing = Pick<ScheduleRow, "status" | "dueDate"> & { late: boolean };

export function deriveScheduleRow(
  entry: ScheduleEntry,
  today: string,
  dueSoonDays: number,
): Omit<ScheduleRow, "dueAfterClosing"> {
  const last = lastTimeOf(entry);
  const planned = last?.scheduled === true && last.date > today;
  const { late, ...timing } =
    last !== undefined && planned
      ? derivePlanned(entry, last, today, dueSoonDays)
      : deriveTiming(entry, last, today, dueSoonDays);
  return { entry, ...timing, latest: latestView(entry.kind, last, { planned, late }) };
}

function deriveTiming(entry: ScheduleEntry, last: LastTime | undefined, today: string, dueSoonDays: number): Timing {
  const published = last?.date;
  const rule = entry.rule;
  switch (rule.type) {
    case "fixed-yearly":
      return last?.covers !== undefined
        ? deriveFixedYearlyCycle(rule, { date: last.date, covers: last.covers }, today, dueSoonDays)
        : { ...deriveFixedYearly(rule, published, today, dueSoonDays), late: false };
    case "interval": {
      const dueDate = published ? endOfPeriodBeginningWith(published, intervalMonths(rule)) : rule.firstDue;
      if (dueDate === undefined) {
        // lib/data/integrity/publication-schedule.ts reports this to the editor; reaching here means it was bypassed.
        throw new Error(
          `Schedule entry '${entry.id}' has an interval rule but neither ${lastTimeField(entry)} nor rule.firstDue`,
        );
      }
      return { dueDate, status: statusBefore(dueDate, published !== undefined, today, dueSoonDays), late: false };
    }
    case "one-off":
      return {
        dueDate: rule.date,
        status: published ? "published" : statusBefore(rule.date, false, today, dueSoonDays),
        late: published !== undefined && published > rule.date,
      };
  }
}

/**
 * A publication planned for a day still to come is due at the deadline it is for: its cycle's, or
 * the first on or after it; an interval's, counted from a publication the file no longer records,
 * is taken to be the planned day itself (or `firstDue`). Nothing is met yet, so it is never
 * "published"; once the deadline passes it is overdue like any other.
 */
function derivePlanned(entry: ScheduleEntry, planned: LastTime, today: string, dueSoonDays: number): Timing {
  const rule = entry.rule;
  const dueDate =
    rule.type === "fixed-yearly"
      ? planned.covers !== undefined
        ? cycleDeadline(rule.date, planned.covers)
        : firstDeadlineFrom(rule.date, planned.date)
      : rule.type === "interval"
        ? (rule.firstDue ?? planned.date)
        : rule.date;
  return { dueDate, status: statusBefore(dueDate, false, today, dueSoonDays), late: planned.date > dueDate };
}

type IntervalRule = Extract<ScheduleRule, { type: "interval" }>;

/** An interval in months, whichever unit the file gives it in. */
function intervalMonths(rule: IntervalRule): number {
  return rule.months ?? (rule.years ?? 0) * 12;
}

/** A status in words, such as "Due soon"; a duty that is up to date is "Done", not "Published". */
export function scheduleStatusLabel(status: ScheduleStatusId, kind?: ScheduleEntryKind): string {
  const published = kind === "duty" ? "Done" : "Published";
  return { published, "due-soon": "Due soon", overdue: "Overdue", upcoming: "Upcoming" }[status];
}

/** The rule in words, such as "Every year by 30 March", or for a duty "At least every 3 years". */
export function describeRule(rule: ScheduleRule, kind?: ScheduleEntryKind): string {
  if (rule.type === "interval" && kind !== "duty") return `Within ${intervalInWords(rule)} of the last publication`;
  const often = howOften(rule);
  return `${often.charAt(0).toUpperCase()}${often.slice(1)}`;
}

/** How often, inside a sentence: "every year by 30 March", "at least every 3 months", "by 31 March 2027". */
export function howOften(rule: ScheduleRule): string {
  switch (rule.type) {
    case "fixed-yearly":
      return `every year by ${formatMonthDay(rule.date)}`;
    case "interval":
      return `at least every ${intervalInWords(rule).replace(/^1 /, "")}`;
    case "one-off":
      return `by ${formatDisplayDate(rule.date)}`;
  }
}

function intervalInWords(rule: IntervalRule): string {
  return rule.years !== undefined ? plural(rule.years, "year") : describeMonths(rule.months ?? 0);
}

/** Several years read better as years ("4 years"); one year stays "12 months", the usual wording of the yearly duties. */
function describeMonths(months: number): string {
  if (months % 12 === 0 && months > 12) return `${months / 12} years`;
  return plural(months, "month");
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}
