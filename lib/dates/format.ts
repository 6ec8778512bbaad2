/** How dates read on the site: "27 December 2026", as the NHS.UK content style guide asks. */
import { DateTime } from "luxon";
import { HUB_ZONE, parseCalendarDate } from "./calendar-date.ts";

export function formatDisplayDate(isoDate: string): string {
  return parseCalendarDate(isoDate).setLocale("en-GB").toFormat("d MMMM yyyy");
}

/** A yearly date such as '03-30' as "30 March". */
export function formatMonthDay(monthDay: string): string {
  if (!/^\d{2}-\d{2}$/.test(monthDay)) throw notAMonthDay(monthDay);
  const [month, day] = monthDay.split("-").map(Number) as [number, number];
  // 2024 is a leap year, so '02-29' reads as "29 February" rather than failing.
  const date = DateTime.fromObject({ year: 2024, month, day }, { zone: HUB_ZONE });
  if (!date.isValid) throw notAMonthDay(monthDay);
  return date.setLocale("en-GB").toFormat("d MMMM");
}

function notAMonthDay(value: string): RangeError {
  return new RangeError(`'${value}' is not a yearly date in the form MM-DD`);
}
