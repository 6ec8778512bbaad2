import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCalendarDate, parseCalendarDate, toCalendarDate } from "../../../lib/dates/calendar-date.ts";
import { dayFromOffset, dayOffsetRange } from "./utc-oracle.ts";

describe("isCalendarDate", () => {
  it("accepts every day that exists, leap days included", () => {
    fc.assert(fc.property(fc.integer(dayOffsetRange), (offset) => isCalendarDate(dayFromOffset(offset))));
  });

  it.each([
    "2025-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-4-1",
    " 2026-04-01",
    "2026-04-01T00:00",
    "1 April 2026",
    "",
  ])("rejects '%s'", (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it("accepts 29 February in a leap year", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
  });
});

describe("parseCalendarDate", () => {
  it("gives back the same date when formatted again, for any day", () => {
    fc.assert(
      fc.property(fc.integer(dayOffsetRange), (offset) => {
        const day = dayFromOffset(offset);
        return toCalendarDate(parseCalendarDate(day)) === day;
      }),
    );
  });

  it("reads the date as the start of that day in London, in summer time too", () => {
    expect(parseCalendarDate("2026-07-01").toISO()).toBe("2026-07-01T00:00:00.000+01:00");
  });

  it("throws a RangeError naming a date that does not exist", () => {
    expect(() => parseCalendarDate("2026-02-30")).toThrow(
      new RangeError("'2026-02-30' is not a calendar date in the form YYYY-MM-DD"),
    );
  });
});
