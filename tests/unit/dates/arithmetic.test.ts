import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween, endOfPeriodBeginningWith, yearlyDate } from "../../../lib/dates/arithmetic.ts";
import { dayFromOffset, dayOffsetRange, periodEndOracle } from "./utc-oracle.ts";

describe("daysBetween", () => {
  it("counts whole days between any two dates, whatever the clocks did in between", () => {
    const offsets = fc.tuple(fc.integer(dayOffsetRange), fc.integer(dayOffsetRange));
    fc.assert(fc.property(offsets, ([from, to]) => daysBetween(dayFromOffset(from), dayFromOffset(to)) === to - from));
  });

  it("counts the day the clocks go forward as one whole day", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
  });

  it("counts the day the clocks go back as one whole day", () => {
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
  });

  it("is negative when the second date is earlier", () => {
    expect(daysBetween("2027-01-01", "2026-12-31")).toBe(-1);
  });
});

describe("endOfPeriodBeginningWith", () => {
  it("ends a year beginning with 15 February 2025 on 14 February 2026", () => {
    expect(endOfPeriodBeginningWith("2025-02-15", 12)).toBe("2026-02-14");
  });

  it("ends four years beginning with 30 March 2022 on 29 March 2026", () => {
    expect(endOfPeriodBeginningWith("2022-03-30", 48)).toBe("2026-03-29");
  });

  it("ends 12 months beginning with the 31 March gender pay gap snapshot on 30 March", () => {
    expect(endOfPeriodBeginningWith("2026-03-31", 12)).toBe("2027-03-30");
  });

  it("ends a year beginning with 29 February on 27 February, the day before the clamped anniversary", () => {
    expect(endOfPeriodBeginningWith("2024-02-29", 12)).toBe("2025-02-27");
  });

  it("ends four years beginning with 29 February on 28 February of the next leap year", () => {
    expect(endOfPeriodBeginningWith("2024-02-29", 48)).toBe("2028-02-28");
  });

  it("ends a month beginning with 31 January on 27 February, the day before the clamped 28 February", () => {
    expect(endOfPeriodBeginningWith("2025-01-31", 1)).toBe("2025-02-27");
  });

  it("ends a month beginning with 31 January in a leap year on 28 February", () => {
    expect(endOfPeriodBeginningWith("2024-01-31", 1)).toBe("2024-02-28");
  });

  it("crosses the year end", () => {
    expect(endOfPeriodBeginningWith("2025-12-01", 1)).toBe("2025-12-31");
  });

  it("agrees with plain month arithmetic for any start date and interval", () => {
    const cases = fc.tuple(fc.integer(dayOffsetRange), fc.integer({ min: 1, max: 120 }));
    fc.assert(
      fc.property(cases, ([offset, months]) => {
        const start = dayFromOffset(offset);
        return endOfPeriodBeginningWith(start, months) === periodEndOracle(start, months);
      }),
    );
  });
});

describe("yearlyDate", () => {
  it("places a yearly date in the given year", () => {
    expect(yearlyDate("03-30", 2027)).toBe("2027-03-30");
  });

  it("keeps 29 February in a leap year", () => {
    expect(yearlyDate("02-29", 2028)).toBe("2028-02-29");
  });

  it("moves 29 February to 28 February in other years", () => {
    expect(yearlyDate("02-29", 2027)).toBe("2027-02-28");
  });
});

describe("addDays", () => {
  it("lands the given number of days later, across the clock change and the year end", () => {
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
    expect(addDays("2026-11-23", 60)).toBe("2027-01-22");
  });

  it("is the inverse of daysBetween for any date and count", () => {
    const cases = fc.tuple(fc.integer(dayOffsetRange), fc.integer({ min: -400, max: 400 }));
    fc.assert(
      fc.property(
        cases,
        ([offset, days]) => daysBetween(dayFromOffset(offset), addDays(dayFromOffset(offset), days)) === days,
      ),
    );
  });
});
