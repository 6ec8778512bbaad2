import { describe, expect, it } from "vitest";
import { deriveScheduleRow } from "../../../lib/schedule/derive.ts";
import type { ScheduleRule } from "../../../lib/schemas/publication-schedule.ts";
import { scheduleEntry } from "./schedule-entry.ts";

const WINDOW = 60;
const consultationClose: ScheduleRule = { type: "one-off", date: "2027-01-15" };

function derive(lastPublished: string | undefined, today: string) {
  const { status, dueDate } = deriveScheduleRow(
    scheduleEntry(consultationClose, lastPublished, "Consultation response"),
    today,
    WINDOW,
  );
  return { status, dueDate };
}

describe("deriveScheduleRow with a one-off date", () => {
  it("is published once there is a publication, whenever it came", () => {
    expect(derive("2027-02-01", "2027-03-01")).toEqual({ status: "published", dueDate: "2027-01-15" });
  });

  it("is upcoming while the date is outside the window", () => {
    expect(derive(undefined, "2026-11-15")).toEqual({ status: "upcoming", dueDate: "2027-01-15" });
  });

  it("is due soon exactly the window's length before the date, across the year end", () => {
    expect(derive(undefined, "2026-11-16")).toEqual({ status: "due-soon", dueDate: "2027-01-15" });
  });

  it("is due soon, not overdue, on the date itself", () => {
    expect(derive(undefined, "2027-01-15")).toEqual({ status: "due-soon", dueDate: "2027-01-15" });
  });

  it("is overdue the day after the date", () => {
    expect(derive(undefined, "2027-01-16")).toEqual({ status: "overdue", dueDate: "2027-01-15" });
  });
});
