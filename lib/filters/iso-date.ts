import { DateTime } from "luxon";
import { HUB_ZONE, isCalendarDate, toCalendarDate } from "../dates/calendar-date.ts";

/**
 * A date as `YYYY-MM-DD` for `<time datetime>` and the sitemap: a calendar date string as it is,
 * a JavaScript Date (such as Eleventy's `page.date`) as its day in Europe/London. Anything else
 * stops the build, so a page never carries a `datetime` a machine cannot read.
 */
export function isoDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (value instanceof Date) {
    const instant = DateTime.fromJSDate(value);
    if (!instant.isValid) throw new RangeError("isoDate was given an invalid Date");
    return toCalendarDate(instant.setZone(HUB_ZONE));
  }
  if (!isCalendarDate(value)) throw new RangeError(`isoDate needs a calendar date written YYYY-MM-DD; got '${value}'`);
  return value;
}
