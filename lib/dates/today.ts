/**
 * "Today" for a build: a calendar date in Europe/London. HUB_TODAY pins it so builds are
 * reproducible and tests never depend on the real date.
 */
import { DateTime } from "luxon";
import { HUB_ZONE, isCalendarDate, toCalendarDate } from "./calendar-date.ts";

export class InvalidTodayError extends Error {
  override name = "InvalidTodayError";
}

export function resolveToday(value: string | undefined, now: Date = new Date()): string {
  // An empty HUB_TODAY (as `HUB_TODAY= npm run build` sets it) means "not pinned".
  if (value !== undefined && value !== "") {
    if (!isCalendarDate(value)) {
      throw new InvalidTodayError(
        `HUB_TODAY must be a calendar date written YYYY-MM-DD, such as 2026-11-23; got '${value}'`,
      );
    }
    return value;
  }
  const instant = DateTime.fromJSDate(now);
  if (!instant.isValid) throw new RangeError("resolveToday was given an invalid Date as now");
  // The calendar date in London, not UTC: just after midnight in summer it is already tomorrow.
  return toCalendarDate(instant.setZone(HUB_ZONE));
}
