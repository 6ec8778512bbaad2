/** Calendar arithmetic on `YYYY-MM-DD` strings, in Europe/London. */
import { DateTime } from "luxon";
import { HUB_ZONE, parseCalendarDate, toCalendarDate } from "./calendar-date.ts";

/** Whole days from `from` to `to`; negative when `to` is earlier. Immune to clock changes. */
export function daysBetween(from: string, to: string): number {
  return Math.round(parseCalendarDate(to).diff(parseCalendarDate(from), "days").days);
}

/**
 * The last day of a period of `months` months "beginning with" `start` (SI 2017/353 regs 4 and 5):
 * the period includes its first day, so it ends the day before the same date `months` later.
 * luxon clamps to the month's end, so 29 February 2024 plus 12 months is 28 February 2025, and the
 * period ends on 27 February 2025: the earlier reading, which is never late.
 */
export function endOfPeriodBeginningWith(start: string, months: number): string {
  return toCalendarDate(parseCalendarDate(start).plus({ months }).minus({ days: 1 }));
}

/** The yearly deadline 'MM-DD' in `year`; 29 February falls back to 28 February in other years. */
export function yearlyDate(monthDay: string, year: number): string {
  const [month, day] = monthDay.split("-").map(Number) as [number, number];
  const lastDay = DateTime.fromObject({ year, month, day: 1 }, { zone: HUB_ZONE }).endOf("month").day;
  return toCalendarDate(DateTime.fromObject({ year, month, day: Math.min(day, lastDay) }, { zone: HUB_ZONE }));
}

/** The calendar day before `isoDate`. */
export function dayBefore(isoDate: string): string {
  return toCalendarDate(parseCalendarDate(isoDate).minus({ days: 1 }));
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** The calendar day after `isoDate`: 29 February 2028 is followed by 1 March, whatever the clocks do. */
export function dayAfter(isoDate: string): string {
  return toCalendarDate(parseCalendarDate(isoDate).plus({ days: 1 }));
}

/** The calendar day `days` after `isoDate` (before it when negative), whatever the clocks do. */
export function addDays(isoDate: string, days: number): string {
  return toCalendarDate(parseCalendarDate(isoDate).plus({ days }));
}
