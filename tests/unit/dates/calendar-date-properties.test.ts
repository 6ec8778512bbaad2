/** The date parser for any input: it agrees with plain UTC arithmetic and never throws on text. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCalendarDate, parseCalendarDate, toCalendarDate } from "../../../lib/dates/calendar-date.ts";
import { dateSchema } from "../../../lib/schemas/common.ts";
import { dayFromOffset, dayOffsetRange } from "./utc-oracle.ts";

/** Whether year, month and day name a real day, by JavaScript's UTC calendar. */
function oracleIsDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");

describe("calendar dates, for any input", () => {
  it("accepts exactly the YYYY-MM-DD strings that name a real day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          expect(isCalendarDate(`${year}-${pad(month, 2)}-${pad(day, 2)}`)).toBe(oracleIsDay(year, month, day));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reads any real day back as itself, across leap years and clock changes", () => {
    fc.assert(
      fc.property(fc.integer(dayOffsetRange), (offset) => {
        const day = dayFromOffset(offset);
        expect(toCalendarDate(parseCalendarDate(day))).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws when asked about any text, and refuses text that is not in the form", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii" }), fc.string(), (ascii, unicode) => {
        for (const value of [ascii, unicode, ` ${ascii}`]) {
          const valid = isCalendarDate(value);
          if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) expect(valid).toBe(false);
          expect(dateSchema.safeParse(value).success).toBe(valid);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses a date with anything around it, such as a time or a space", () => {
    fc.assert(
      fc.property(fc.integer(dayOffsetRange), fc.constantFrom(" ", "T00:00", "Z", "\n", "\u00a0"), (offset, extra) => {
        const day = dayFromOffset(offset);
        expect([isCalendarDate(`${day}${extra}`), isCalendarDate(`${extra}${day}`)]).toEqual([false, false]);
      }),
    );
  });
});
