import { describe, expect, it } from "vitest";
import {
  atomDate,
  isoDate,
  listInWords,
  ratingLabel,
  ruleInWords,
  scheduleStatusLabel,
} from "../../../lib/filters/index.ts";

describe("isoDate", () => {
  it("keeps a calendar date as it is", () => {
    expect(isoDate("2026-12-27")).toBe("2026-12-27");
  });

  it("gives a JavaScript Date as its day in London, not in UTC", () => {
    expect(isoDate(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
  });

  it("gives nothing for a missing date", () => {
    expect(isoDate(undefined)).toBe("");
  });

  it("stops the build on text that is not a calendar date", () => {
    expect(() => isoDate("27/12/2026")).toThrow("isoDate needs a calendar date written YYYY-MM-DD; got '27/12/2026'");
  });
});

describe("listInWords", () => {
  it("joins the last two items with 'and' and the rest with commas", () => {
    expect(listInWords(["Healthwatch", "Disability Forum", "Staff networks"])).toBe(
      "Healthwatch, Disability Forum and Staff networks",
    );
  });

  it("gives a single item on its own", () => {
    expect(listInWords(["Healthwatch"])).toBe("Healthwatch");
  });

  it("gives nothing for no items", () => {
    expect(listInWords([])).toBe("");
  });
});

describe("ratingLabel", () => {
  it("gives the rating's word", () => {
    expect(ratingLabel("excelling")).toBe("Excelling");
  });

  it("says 'Not graded' when there is no rating", () => {
    expect(ratingLabel(null)).toBe("Not graded");
  });
});

describe("scheduleStatusLabel", () => {
  it("gives the status in words", () => {
    expect(scheduleStatusLabel("due-soon")).toBe("Due soon");
  });
});

describe("ruleInWords", () => {
  it("describes a yearly deadline", () => {
    expect(ruleInWords({ type: "fixed-yearly", date: "03-30" })).toBe("Every year by 30 March");
  });

  it("gives nothing for a missing rule", () => {
    expect(ruleInWords(undefined)).toBe("");
  });
});

describe("atomDate", () => {
  it("gives the start of the day in London, with its offset, in winter and in summer", () => {
    expect([atomDate("2025-12-10"), atomDate("2026-06-30")]).toEqual([
      "2025-12-10T00:00:00+00:00",
      "2026-06-30T00:00:00+01:00",
    ]);
  });

  it("gives the offset the day starts with on the days the clocks change", () => {
    // BST starts at 1am on 29 March 2026 and ends at 2am on 25 October 2026.
    expect([atomDate("2026-03-29"), atomDate("2026-10-25"), atomDate("2024-02-29")]).toEqual([
      "2026-03-29T00:00:00+00:00",
      "2026-10-25T00:00:00+01:00",
      "2024-02-29T00:00:00+00:00",
    ]);
  });

  it("gives nothing for a missing date, and stops the build on text that is not one", () => {
    expect(atomDate(undefined)).toBe("");
    expect(() => atomDate("30/06/2026")).toThrow("atomDate needs a calendar date written YYYY-MM-DD; got '30/06/2026'");
  });
});
