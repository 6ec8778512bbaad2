import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidTodayError, resolveToday } from "../../../lib/dates/today.ts";

const londonDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

describe("resolveToday", () => {
  it("uses HUB_TODAY when it is given", () => {
    expect(resolveToday("2026-11-23", new Date("2030-01-01T12:00:00Z"))).toBe("2026-11-23");
  });

  it("uses the clock when HUB_TODAY is empty", () => {
    expect(resolveToday("", new Date("2026-11-23T12:00:00Z"))).toBe("2026-11-23");
  });

  it("uses the clock when HUB_TODAY is not set", () => {
    expect(resolveToday(undefined, new Date("2026-11-23T12:00:00Z"))).toBe("2026-11-23");
  });

  it("gives tomorrow's date just after midnight in British Summer Time, when UTC is still on today", () => {
    expect(resolveToday(undefined, new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
  });

  it("gives today's date half an hour before midnight in winter, when London is on UTC", () => {
    expect(resolveToday(undefined, new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
  });

  it("gives the new day at 00:30 on the morning the clocks go forward", () => {
    expect(resolveToday(undefined, new Date("2026-03-29T00:30:00Z"))).toBe("2026-03-29");
  });

  it("gives the new day at 00:30 BST on the morning the clocks go back", () => {
    expect(resolveToday(undefined, new Date("2026-10-24T23:30:00Z"))).toBe("2026-10-25");
  });

  it("agrees with the London calendar for any instant", () => {
    const instants = fc.date({
      min: new Date("1990-01-01T00:00:00Z"),
      max: new Date("2090-01-01T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(fc.property(instants, (now) => resolveToday(undefined, now) === londonDate.format(now)));
  });

  it.each(["2026-13-01", "2026-02-29", "23/11/2026", "2026-1-5", "today"])(
    "refuses HUB_TODAY='%s' with an InvalidTodayError",
    (value) => {
      expect(() => resolveToday(value)).toThrow(InvalidTodayError);
    },
  );

  it("tells the editor how to write HUB_TODAY and what it got", () => {
    expect(() => resolveToday("2026-13-01")).toThrow(
      "HUB_TODAY must be a calendar date written YYYY-MM-DD, such as 2026-11-23; got '2026-13-01'",
    );
  });
});
