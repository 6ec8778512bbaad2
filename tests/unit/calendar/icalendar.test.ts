/** The calendar file as a calendar app reads it: parsed with ical.js, line by line as RFC 5545 asks. */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { foldLine, icalendarText, type Calendar, type CalendarEvent } from "../../../lib/calendar/icalendar.ts";

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: "schedule-wres-2027-10-31@equality.testshire.example",
    date: "2027-10-31",
    summary: "Workforce Race Equality Standard report due",
    description: "Required by NHS Standard Contract. Owner: Chief People Officer.",
    url: "https://equality.testshire.example/publication-schedule/#wres",
    ...overrides,
  };
}

function calendar(events: CalendarEvent[]): Calendar {
  return {
    productId: "-//NHS Testshire ICB//Equality hub//EN",
    name: "NHS Testshire ICB",
    stamp: "2026-11-23",
    events,
  };
}

/** Each event as ical.js reads it: all-day or not, its first and last day, and its words. */
function parsed(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents("vevent").map((vevent) => {
    const read = new ICAL.Event(vevent);
    return {
      uid: read.uid,
      allDay: read.startDate.isDate && read.endDate.isDate,
      start: read.startDate.toString(),
      end: read.endDate.toString(),
      summary: read.summary,
      description: read.description,
    };
  });
}

describe("the calendar file", () => {
  it("makes each event a whole day, ending the next day, on 29 February and on the days the clocks change", () => {
    const days = ["2028-02-29", "2027-03-28", "2027-10-31", "2027-12-31"];
    const events = parsed(icalendarText(calendar(days.map((date) => event({ uid: `u-${date}`, date })))));
    expect(events.map(({ allDay, start, end }) => [allDay, start, end])).toEqual([
      [true, "2028-02-29", "2028-03-01"],
      [true, "2027-03-28", "2027-03-29"],
      [true, "2027-10-31", "2027-11-01"],
      [true, "2027-12-31", "2028-01-01"],
    ]);
  });

  it("writes the days as DATE values, and stamps it with the start of the build's day in London", () => {
    const text = icalendarText({ ...calendar([event({ date: "2028-02-29" })]), stamp: "2026-06-30" });
    expect(text.split("\r\n").filter((line) => /^(DTSTART|DTEND|DTSTAMP)/.test(line))).toEqual([
      "DTSTAMP:20260629T230000Z",
      "DTSTART;VALUE=DATE:20280229",
      "DTEND;VALUE=DATE:20280301",
    ]);
  });

  it("ends every line in CRLF and keeps each within 75 octets, without splitting a character", () => {
    const summary = `Women’s and men’s pay: “gender pay gap” report for 2027/28, with the figures for each quartile — due`;
    const text = icalendarText(calendar([event({ summary })]));
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    const lines = text.slice(0, -2).split("\r\n");
    expect(lines.filter((line) => line.includes("\n") || line.includes("\r"))).toEqual([]);
    expect(lines.filter((line) => Buffer.byteLength(line, "utf8") > 75)).toEqual([]);
    expect(lines.filter((line) => line.includes("\uFFFD"))).toEqual([]);
    expect(parsed(text)[0]?.summary).toBe(summary);
  });

  it("folds a long line into continuation lines that start with one space", () => {
    // "SUMMARY:" is 8 octets and each "é" 2: after 33 of them the line has 74, and one more would make 76.
    const folded = foldLine(`SUMMARY:${"é".repeat(80)}`).split("\r\n");
    expect(folded.map((line) => Buffer.byteLength(line, "utf8"))).toEqual([74, 75, 21]);
    expect(folded[1]?.startsWith(" é")).toBe(true);
  });

  it("escapes commas, semicolons, backslashes and line breaks, so the words come back as written", () => {
    const description = "Closes at 5pm; respond online, by email or by phone.\nPaper copies: ask us \\ call.";
    expect(parsed(icalendarText(calendar([event({ description })])))[0]?.description).toBe(description);
  });

  it("gives each event the UID it was given, so a subscribed calendar keeps it from build to build", () => {
    const events = [event({ uid: "schedule-wres-2027-10-31@h" }), event({ uid: "engagement-x-closes@h" })];
    expect(parsed(icalendarText(calendar(events))).map((item) => item.uid)).toEqual([
      "schedule-wres-2027-10-31@h",
      "engagement-x-closes@h",
    ]);
  });
});
