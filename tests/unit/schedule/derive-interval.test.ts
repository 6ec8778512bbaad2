import { describe, expect, it } from "vitest";
import { deriveScheduleRow } from "../../../lib/schedule/derive.ts";
import type { ScheduleRule } from "../../../lib/schemas/publication-schedule.ts";
import { scheduleEntry } from "./schedule-entry.ts";

const WINDOW = 60;
const yearly: ScheduleRule = { type: "interval", months: 12 };

function derive(rule: ScheduleRule, lastPublished: string | undefined, today: string) {
  const { status, dueDate } = deriveScheduleRow(
    scheduleEntry(rule, lastPublished, "Equality information"),
    today,
    WINDOW,
  );
  return { status, dueDate };
}

describe("deriveScheduleRow with an interval", () => {
  it("makes information published on 15 February 2025 due by 14 February 2026", () => {
    expect(derive(yearly, "2025-02-15", "2025-11-23")).toEqual({ status: "published", dueDate: "2026-02-14" });
  });

  it("makes objectives published on 30 March 2022 due by 29 March 2026", () => {
    const fourYears: ScheduleRule = { type: "interval", months: 48 };
    expect(derive(fourYears, "2022-03-30", "2025-11-23")).toEqual({ status: "published", dueDate: "2026-03-29" });
  });

  it("is due soon, not overdue, on the due date itself", () => {
    expect(derive(yearly, "2025-02-15", "2026-02-14")).toEqual({ status: "due-soon", dueDate: "2026-02-14" });
  });

  it("is overdue the day after the due date", () => {
    expect(derive(yearly, "2025-02-15", "2026-02-15")).toEqual({ status: "overdue", dueDate: "2026-02-14" });
  });

  it("is due soon exactly the window's length before the due date", () => {
    expect(derive(yearly, "2025-02-15", "2025-12-16")).toEqual({ status: "due-soon", dueDate: "2026-02-14" });
  });

  it("is published one day before the window opens", () => {
    expect(derive(yearly, "2025-02-15", "2025-12-15")).toEqual({ status: "published", dueDate: "2026-02-14" });
  });

  it("counts the window in whole days across the autumn clock change", () => {
    expect(derive(yearly, "2025-12-25", "2026-10-25")).toEqual({ status: "due-soon", dueDate: "2026-12-24" });
  });

  it("makes a publication on 29 February due by 27 February the next year", () => {
    expect(derive(yearly, "2024-02-29", "2025-01-10")).toEqual({ status: "due-soon", dueDate: "2025-02-27" });
  });

  it("makes a monthly publication of 31 January due by 27 February", () => {
    const monthly: ScheduleRule = { type: "interval", months: 1 };
    expect(derive(monthly, "2025-01-31", "2025-02-28")).toEqual({ status: "overdue", dueDate: "2025-02-27" });
  });

  it("is overdue on 1 January after a due date of 31 December", () => {
    expect(derive(yearly, "2025-01-01", "2026-01-01")).toEqual({ status: "overdue", dueDate: "2025-12-31" });
  });

  it("is upcoming before a first due date when nothing has been published", () => {
    const newDuty: ScheduleRule = { type: "interval", months: 12, firstDue: "2027-06-30" };
    expect(derive(newDuty, undefined, "2026-11-23")).toEqual({ status: "upcoming", dueDate: "2027-06-30" });
  });

  it("is overdue after a missed first due date", () => {
    const newDuty: ScheduleRule = { type: "interval", months: 12, firstDue: "2026-06-30" };
    expect(derive(newDuty, undefined, "2026-11-23")).toEqual({ status: "overdue", dueDate: "2026-06-30" });
  });

  it("counts from the last publication once there is one, not from the first due date", () => {
    const newDuty: ScheduleRule = { type: "interval", months: 12, firstDue: "2026-06-30" };
    expect(derive(newDuty, "2026-05-01", "2026-11-23")).toEqual({ status: "published", dueDate: "2027-04-30" });
  });

  it("refuses an entry with neither a publication nor a first due date", () => {
    expect(() => derive(yearly, undefined, "2026-11-23")).toThrow(/neither lastPublished nor rule.firstDue/);
  });
});
