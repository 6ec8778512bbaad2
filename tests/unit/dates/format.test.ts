import { describe, expect, it } from "vitest";
import { formatDisplayDate, formatMonthDay, formatTimeOfDay } from "../../../lib/dates/format.ts";

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

  it("names the day of the week first when asked, as a deadline reads", () => {
    expect(formatDisplayDate("2018-10-21", { weekday: true })).toBe("Sunday 21 October 2018");
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

describe("formatTimeOfDay", () => {
  it("writes whole hours without minutes, and am or pm without a space", () => {
    expect([formatTimeOfDay("09:00"), formatTimeOfDay("17:00")]).toEqual(["9am", "5pm"]);
  });

  it("writes minutes after a colon", () => {
    expect([formatTimeOfDay("00:30"), formatTimeOfDay("12:45"), formatTimeOfDay("23:59")]).toEqual([
      "12:30am",
      "12:45pm",
      "11:59pm",
    ]);
  });

  it("writes noon as midday", () => {
    expect(formatTimeOfDay("12:00")).toBe("midday");
  });

  it("refuses a time that is not on the 24-hour clock", () => {
    expect(() => formatTimeOfDay("24:00")).toThrow(RangeError);
  });
});
