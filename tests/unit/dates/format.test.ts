import { describe, expect, it } from "vitest";
import { formatDisplayDate, formatMonthDay } from "../../../lib/dates/format.ts";

describe("formatDisplayDate", () => {
  it("writes the day, the month in words and the year", () => {
    expect(formatDisplayDate("2026-12-27")).toBe("27 December 2026");
  });

  it("writes a single-digit day without a leading zero", () => {
    expect(formatDisplayDate("2027-03-01")).toBe("1 March 2027");
  });

  it("writes the day itself on the morning the clocks go forward, not the day before", () => {
    expect(formatDisplayDate("2026-03-29")).toBe("29 March 2026");
  });

  it("refuses a date that does not exist", () => {
    expect(() => formatDisplayDate("2026-02-29")).toThrow(RangeError);
  });
});

describe("formatMonthDay", () => {
  it("writes a yearly date as the day and the month in words", () => {
    expect(formatMonthDay("03-30")).toBe("30 March");
  });

  it("writes 29 February as it is", () => {
    expect(formatMonthDay("02-29")).toBe("29 February");
  });

  it("writes a single-digit day without a leading zero", () => {
    expect(formatMonthDay("10-01")).toBe("1 October");
  });

  it.each(["13-01", "04-31", "3-30", "March 30"])("refuses '%s'", (value) => {
    expect(() => formatMonthDay(value)).toThrow(RangeError);
  });
});
