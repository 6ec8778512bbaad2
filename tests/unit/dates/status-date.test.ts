import { describe, expect, it } from "vitest";
import { statusDate } from "../../../lib/dates/status-date.ts";

describe("statusDate", () => {
  it("is today for an organisation that has not closed", () => {
    expect(statusDate("2026-11-23", undefined)).toEqual({ date: "2026-11-23", frozen: false });
  });

  it("is today until the day it closes", () => {
    expect(statusDate("2022-06-30", "2022-07-01")).toEqual({ date: "2022-06-30", frozen: false });
  });

  it("is its last day from the day it closes", () => {
    expect(statusDate("2022-07-01", "2022-07-01")).toEqual({ date: "2022-06-30", frozen: true });
  });

  it("stays its last day years later, so nothing falls due after it closed", () => {
    expect(statusDate("2026-11-23", "2022-07-01")).toEqual({ date: "2022-06-30", frozen: true });
  });

  it("counts back across a month and a year end", () => {
    expect(statusDate("2026-01-05", "2024-01-01")).toEqual({ date: "2023-12-31", frozen: true });
    expect(statusDate("2026-01-05", "2024-03-01")).toEqual({ date: "2024-02-29", frozen: true });
  });
});
