/**
 * Calendar dates as the hub holds them: `YYYY-MM-DD` strings in Europe/London.
 * Every function here is pure and takes "today" as an argument where it needs it.
 */
import { DateTime } from "luxon";

export const HUB_ZONE = "Europe/London";

/** True when `value` is a `YYYY-MM-DD` string naming a day that exists. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return DateTime.fromISO(value, { zone: HUB_ZONE }).isValid;
}

/** Parses a `YYYY-MM-DD` string to the start of that day in Europe/London. */
export function parseCalendarDate(value: string): DateTime {
  const date = DateTime.fromISO(value, { zone: HUB_ZONE });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !date.isValid) {
    throw new RangeError(`'${value}' is not a calendar date in the form YYYY-MM-DD`);
  }
  return date.startOf("day");
}

/** Formats a day as `YYYY-MM-DD`. */
export function toCalendarDate(date: DateTime): string {
  return date.setZone(HUB_ZONE).toISODate() ?? "";
}
