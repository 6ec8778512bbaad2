/**
 * Calendar dates as the hub holds them: `YYYY-MM-DD` strings in Europe/London.
 * Every function here is pure and takes "today" as an argument where it needs it.
 */
import { DateTime } from "luxon";

export const HUB_ZONE = "Europe/London";

/**
 * True when `value` is a `YYYY-MM-DD` string naming a day that exists (in the Gregorian calendar,
 * as luxon reads it). Plain arithmetic: the schemas ask this of every date in a hub, thousands a
 * build, and building a zoned DateTime for each costs more than the rest of validation.
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A build reads the same few hundred dates again and again (every page shows the review dates
 * and deadlines of its neighbours); luxon's DateTime is immutable, so each is parsed once.
 */
const parsed = new Map<string, DateTime>();

/** Parses a `YYYY-MM-DD` string to the start of that day in Europe/London. */
export function parseCalendarDate(value: string): DateTime {
  const known = parsed.get(value);
  if (known) return known;
  if (!isCalendarDate(value)) throw new RangeError(`'${value}' is not a calendar date in the form YYYY-MM-DD`);
  const date = DateTime.fromISO(value, { zone: HUB_ZONE }).startOf("day");
  parsed.set(value, date);
  return date;
}

/** Formats a day as `YYYY-MM-DD`. */
export function toCalendarDate(date: DateTime): string {
  return date.setZone(HUB_ZONE).toISODate() ?? "";
}
