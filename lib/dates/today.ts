/**
 * "Today" for a build: a calendar date in Europe/London. HUB_TODAY pins it so builds are
 * reproducible and tests never depend on the real date.
 */
import { DateTime } from "luxon";
import { HUB_ZONE, isCalendarDate } from "./calendar-date.ts";

export class InvalidTodayError extends Error {
  override name = "InvalidTodayError";
}

export function resolveToday(value: string | undefined, now: Date = new Date()): string {
  if (value !== undefined && value !== "") {
    if (!isCalendarDate(value)) {
      throw new InvalidTodayError(`HUB_TODAY must be a calendar date written YYYY-MM-DD, such as 2026-11-23; got '${value}'.`);
    }
    return value;
  }
  // The calendar date in London, not UTC: just after midnight in summer it is already tomorrow.
  return DateTime.fromJSDate(now).setZone(HUB_ZONE).toISODate() as string;
}
