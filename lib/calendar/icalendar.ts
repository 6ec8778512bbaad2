/**
 * The hub's calendar as iCalendar text (RFC 5545), with every rule the file must follow in this one
 * module: lines end in CRLF and are folded at 75 octets without splitting a character (3.1), text is
 * escaped (3.3.11), each event is a whole day (DTSTART;VALUE=DATE, and DTEND the day after, 3.6.1),
 * and its UID is made from the data, so a calendar that subscribes to the file sees the same event
 * after every build. Nothing here reads the clock: DTSTAMP is the start of the build's day.
 *
 * Written here rather than with the `ics` package: it folds at 75 characters, not octets, so a
 * title with a curly apostrophe or an accent makes lines a strict reader may refuse; and its
 * defaults stamp each event with the clock and a random UID.
 */
import { dayAfter } from "../dates/arithmetic.ts";
import { HUB_ZONE, parseCalendarDate } from "../dates/calendar-date.ts";

export interface CalendarEvent {
  /** Unique and stable across builds: made from the data's ids, such as 'schedule-wres-2027-10-31@host'. */
  uid: string;
  /** The day, `YYYY-MM-DD` in Europe/London. */
  date: string;
  summary: string;
  description: string;
  /** The hub page about it, absolute. */
  url: string;
}

export interface Calendar {
  /** Who wrote the file (PRODID), such as '-//NHS Wealdmoor ICB//Equality hub//EN'. */
  productId: string;
  /** The name a calendar app shows for the subscription. */
  name: string;
  /** The build's day, `YYYY-MM-DD`: when this copy of the events was made. */
  stamp: string;
  events: CalendarEvent[];
}

/** RFC 5545 3.1: at most 75 octets a line, CRLF excluded. */
const LINE_OCTETS = 75;

/** TEXT values (3.3.11): backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * One content line folded as 3.1 asks: after 75 octets a CRLF and a space, and the space counts
 * towards the next line's 75. A character is never split across lines (`for…of` walks code points).
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let size = 0;
  for (const character of line) {
    const length = octets(character.codePointAt(0) ?? 0);
    if (size + length > LINE_OCTETS) {
      lines.push(current);
      current = " ";
      size = 1;
    }
    current += character;
    size += length;
  }
  lines.push(current);
  return lines.join("\r\n");
}

/** `YYYY-MM-DD` as a DATE value, `YYYYMMDD`. */
function dateValue(date: string): string {
  return date.replace(/-/g, "");
}

/** The start of a London day as a UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`: 23:00 the day before in summer. */
function utcStartOfDay(date: string): string {
  return parseCalendarDate(date).toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
    `DTEND;VALUE=DATE:${dateValue(dayAfter(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    // A URI value, not TEXT: it is written as it is (3.3.13).
    `URL:${event.url}`,
    // A deadline takes no time: it does not mark the day as busy.
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

export function icalendarText(calendar: Calendar): string {
  const stamp = utcStartOfDay(calendar.stamp);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeText(calendar.productId)}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    // All-day events have no time zone of their own; this tells calendar apps whose days they are.
    `X-WR-TIMEZONE:${HUB_ZONE}`,
    // What is still to come changes as the days pass: ask subscribers to fetch it again daily.
    "REFRESH-INTERVAL;VALUE=DURATION:P1D",
    "X-PUBLISHED-TTL:P1D",
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join("");
}
