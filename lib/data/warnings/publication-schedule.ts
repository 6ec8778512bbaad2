/**
 * Warnings for _data/publication-schedule.yaml: a scheduled publication whose day has come (it now
 * counts as published, so `scheduled` should go once it is), and a yearly publication that looks
 * late but does not say which cycle it covers, so the hub may be counting it as early for the next.
 */
import { daysBetween, yearlyDate, yearOf } from "../../dates/arithmetic.ts";
import { formatDisplayDate } from "../../dates/format.ts";
import { cycleDeadline } from "../../schedule/cycle.ts";
import { firstDeadlineFrom } from "../../schedule/fixed-yearly.ts";
import { reportingYearBeginning } from "../../schemas/cycle.ts";
import { lastTimeField, lastTimeOf } from "../../schemas/publication-schedule.ts";
import type { DataWarning } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { errorAt } from "../locate.ts";

export function publicationScheduleWarnings(
  { publicationSchedule: { entries } }: HubData,
  files: HubFiles,
  today: string,
): DataWarning[] {
  const yaml = files["publication-schedule.yaml"];
  return entries.flatMap((entry, index) => {
    const last = lastTimeOf(entry);
    if (last === undefined || last.date > today) return [];
    const field = lastTimeField(entry);
    if (last.scheduled === true) {
      return [
        errorAt(
          yaml,
          ["entries", index, field, "scheduled"],
          `'${entry.title}' was scheduled for ${formatDisplayDate(last.date)}, which has come, so the hub now counts it as done: once it is out, remove 'scheduled: true'`,
        ),
      ];
    }
    const rule = entry.rule;
    if (rule.type !== "fixed-yearly" || last.covers !== undefined) return [];
    // Nearer the deadline before it than the one after, it was most likely late for the one before.
    const after = firstDeadlineFrom(rule.date, last.date);
    const before = yearlyDate(rule.date, yearOf(after) - 1);
    const daysLate = daysBetween(before, last.date);
    if (daysLate <= 0 || daysLate >= daysBetween(last.date, after)) return [];
    // The snapshot year, and the reporting year beginning in it, whose cycle was due then.
    const year = cycleDeadline(rule.date, String(yearOf(before))) === before ? yearOf(before) : yearOf(before) - 1;
    const reportingYear = reportingYearBeginning(year);
    return [
      errorAt(
        yaml,
        ["entries", index, field, "date"],
        `published on ${formatDisplayDate(last.date)}, ${daysLate} ${daysLate === 1 ? "day" : "days"} after the ${formatDisplayDate(before)} deadline, so the hub counts it as early for ${formatDisplayDate(after)}. If it was late for ${formatDisplayDate(before)}, say which cycle it covers, such as covers: '${year}' (the snapshot year) or covers: '${reportingYear}' (the reporting year)`,
      ),
    ];
  });
}
