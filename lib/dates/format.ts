/** How dates read on the site: "27 December 2026", as the NHS.UK content style guide asks. */
import { DateTime } from "luxon";
import { HUB_ZONE, parseCalendarDate } from "./calendar-date.ts";

/** Formatting is the costly part of a date on a page, and a build shows each date many times. */
const formatted = new Map<string, string>();

/** With `weekday`, as a deadline reads: "Sunday 21 October 2018". */
export function formatDisplayDate(isoDate: string, options: { weekday?: boolean } = {}): string {
  const format = options.weekday ? "cccc d MMMM yyyy" : "d MMMM yyyy";
  const key = `${isoDate} ${format}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = parseCalendarDate(isoDate).setLocale("en-GB").toFormat(format);
    formatted.set(key, text);
  }
  return text;
}

/**
 * A 24-hour 'HH:MM' as the NHS.UK content style writes a time: "9am", "5:30pm", "midday",
 * "11:59pm". Never "midnight", which could be either end of a day; '00:00' is "12am", and the
 * engagement schema refuses it as a closing time for that reason.
 */
export function formatTimeOfDay(time: string): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`'${time}' is not a time of day written HH:MM on the 24-hour clock`);
  const [hours, minutes] = [Number(match[1]), match[2] as string];
  if (hours === 12 && minutes === "00") return "midday";
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour}${minutes === "00" ? "" : `:${minutes}`}${hours < 12 ? "am" : "pm"}`;
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
