/** How dates read on the site: "27 December 2026", as the NHS.UK content style guide asks. */
import { DateTime } from "luxon";
import { HUB_ZONE, parseCalendarDate } from "./calendar-date.ts";

export function formatDisplayDate(isoDate: string): string {
  return parseCalendarDate(isoDate).setLocale("en-GB").toFormat("d MMMM yyyy");
}

/** A yearly date such as '03-30' as "30 March". */
export function formatMonthDay(monthDay: string): string {
  const [month, day] = monthDay.split("-").map(Number) as [number, number];
  return DateTime.fromObject({ year: 2024, month, day }, { zone: HUB_ZONE }).setLocale("en-GB").toFormat("d MMMM");
}
