/**
 * The cycle a publication covers (lib/schemas/cycle.ts) as the schedule uses it: the yearly
 * deadline it is due at, and its name in words. DOMAIN.md: "a report published after its deadline
 * is late for its own cycle, not early for the next one".
 *
 * A cycle is due at the first yearly deadline after the day it is counted from:
 * - a snapshot year '2024': 31 March 2024, the snapshot, so a gender pay gap deadline of 30 March
 *   falls on 30 March 2025, and a WRES deadline of 31 October on 31 October 2024;
 * - a reporting year '2025/26': 31 March 2025, the day before it begins, so its first deadline in
 *   the year is the one it is for (EDS 2025/26 by 28 February 2026, WRES 2025/26 by 31 October 2025);
 * - a period: its last day, since a report on a period follows it (an annual report for 1 April
 *   2025 to 31 March 2026 by 31 July 2026).
 */
import { yearlyDate, yearOf } from "../dates/arithmetic.ts";
import { parseCalendarDate } from "../dates/calendar-date.ts";
import { formatDisplayDate } from "../dates/format.ts";
import { cycleOf, firstYearOf, type Covers, type Period } from "../schemas/cycle.ts";

/** The day a cycle is counted from: its deadline is the first yearly deadline after it. */
function countedFrom(covers: Covers): string {
  const cycle = cycleOf(covers);
  switch (cycle.kind) {
    case "snapshot":
      return `${cycle.year}-03-31`;
    case "reporting-year":
      return `${firstYearOf(cycle.year)}-03-31`;
    case "period":
      return cycle.period.to;
  }
}

/** The yearly deadline ('MM-DD') that a publication covering `covers` is due at. */
export function cycleDeadline(monthDay: string, covers: Covers): string {
  const from = countedFrom(covers);
  const sameYear = yearlyDate(monthDay, yearOf(from));
  return sameYear > from ? sameYear : yearlyDate(monthDay, yearOf(from) + 1);
}

/**
 * The earliest day a publication for the cycle can appear, where there is one: figures as at a
 * snapshot cannot be out before it. A reporting year or a period may be planned ahead (an action
 * plan for the year to come), so they have none.
 */
export function earliestPublication(covers: Covers): string | undefined {
  const cycle = cycleOf(covers);
  return cycle.kind === "snapshot" ? `${cycle.year}-03-31` : undefined;
}

/** "the 2024 snapshot", "2025/26", "April to June 2025": what a publication is for, after "for". */
export function cycleInWords(covers: Covers): string {
  const cycle = cycleOf(covers);
  switch (cycle.kind) {
    case "snapshot":
      return `the ${cycle.year} snapshot`;
    case "reporting-year":
      return cycle.year;
    case "period":
      return periodInWords(cycle.period);
  }
}

/**
 * A period as people say it: whole months by their names ("April to June 2025", "2025" for a
 * calendar year, "October 2025 to March 2026"), other days in full ("1 April to 15 May 2025").
 */
export function periodInWords({ from, to }: Period): string {
  const [start, end] = [parseCalendarDate(from), parseCalendarDate(to)];
  const sameYear = start.year === end.year;
  if (start.day === 1 && end.hasSame(end.endOf("month"), "day")) {
    if (sameYear && start.month === 1 && end.month === 12) return String(start.year);
    const last = end.setLocale("en-GB").toFormat("MMMM yyyy");
    if (start.hasSame(end, "month")) return last;
    return `${start.setLocale("en-GB").toFormat(sameYear ? "MMMM" : "MMMM yyyy")} to ${last}`;
  }
  if (from === to) return formatDisplayDate(from);
  return `${sameYear ? start.setLocale("en-GB").toFormat("d MMMM") : formatDisplayDate(from)} to ${formatDisplayDate(to)}`;
}
