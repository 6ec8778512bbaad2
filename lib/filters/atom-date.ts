import { isCalendarDate, parseCalendarDate } from "../dates/calendar-date.ts";

/**
 * A calendar date as the feed's RFC 3339 timestamp: the start of that day in Europe/London, with
 * its offset, '2026-06-30T00:00:00+01:00' in summer and '2026-12-10T00:00:00+00:00' in winter, so
 * a feed reader in another zone still files it on the right day. Nothing for a missing date; text
 * that is not a date stops the build, so the feed never carries a date a reader cannot read.
 */
export function atomDate(value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (!isCalendarDate(value)) throw new RangeError(`atomDate needs a calendar date written YYYY-MM-DD; got '${value}'`);
  return parseCalendarDate(value).toISO({ suppressMilliseconds: true }) ?? "";
}
