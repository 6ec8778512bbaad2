import { describe, expect, it } from "vitest";
import { deriveScheduleRow } from "../../../lib/schedule/derive.ts";
import type { ScheduleRule } from "../../../lib/schemas/publication-schedule.ts";
import { scheduleEntry } from "./schedule-entry.ts";

const WINDOW = 60;
const genderPayGap: ScheduleRule = { type: "fixed-yearly", date: "03-30" };

function derive(rule: ScheduleRule, lastPublished: string | undefined, today: string) {
  const { status, dueDate } = deriveScheduleRow(scheduleEntry(rule, lastPublished), today, WINDOW);
  return { status, dueDate };
}

describe("deriveScheduleRow with a fixed yearly date", () => {
  it("is published, due next 30 March, when last year's deadline was met and the next is months away", () => {
    expect(derive(genderPayGap, "2026-03-10", "2026-11-23")).toEqual({ status: "published", dueDate: "2027-03-30" });
  });

  it("is due soon when the next deadline is within the window", () => {
    expect(derive(genderPayGap, "2026-03-10", "2027-02-15")).toEqual({ status: "due-soon", dueDate: "2027-03-30" });
  });

  it("is due soon, not overdue, on the deadline itself", () => {
    expect(derive(genderPayGap, "2026-03-10", "2027-03-30")).toEqual({ status: "due-soon", dueDate: "2027-03-30" });
  });

  it("is overdue the day after the deadline, showing the missed deadline", () => {
    expect(derive(genderPayGap, "2026-03-10", "2027-03-31")).toEqual({ status: "overdue", dueDate: "2027-03-30" });
  });

  it("is due soon exactly the window's length before the deadline, across the spring clock change", () => {
    expect(derive(genderPayGap, "2026-03-10", "2027-01-29")).toEqual({ status: "due-soon", dueDate: "2027-03-30" });
  });

  it("is published one day before the window opens", () => {
    expect(derive(genderPayGap, "2026-03-10", "2027-01-28")).toEqual({ status: "published", dueDate: "2027-03-30" });
  });

  it("counts a publication before this year's deadline as meeting it, so the next due is a year on", () => {
    expect(derive(genderPayGap, "2027-03-20", "2027-03-25")).toEqual({ status: "published", dueDate: "2028-03-30" });
  });

  it("counts a publication on the deadline itself as meeting it", () => {
    expect(derive(genderPayGap, "2027-03-30", "2027-03-31")).toEqual({ status: "published", dueDate: "2028-03-30" });
  });

  it("is overdue when nothing was ever published and the last deadline has passed", () => {
    expect(derive(genderPayGap, undefined, "2026-11-23")).toEqual({ status: "overdue", dueDate: "2026-03-30" });
  });

  it("is overdue when the last publication belongs to the cycle before the missed deadline", () => {
    expect(derive(genderPayGap, "2025-03-30", "2026-11-23")).toEqual({ status: "overdue", dueDate: "2026-03-30" });
  });

  it("crosses the year end: a 31 December deadline met last year is published on 1 January", () => {
    const rule: ScheduleRule = { type: "fixed-yearly", date: "12-31" };
    expect(derive(rule, "2026-06-01", "2027-01-01")).toEqual({ status: "published", dueDate: "2027-12-31" });
  });

  it("crosses the year end: a 31 December deadline missed is overdue on 1 January", () => {
    const rule: ScheduleRule = { type: "fixed-yearly", date: "12-31" };
    expect(derive(rule, "2025-11-01", "2027-01-01")).toEqual({ status: "overdue", dueDate: "2026-12-31" });
  });
});

describe("deriveScheduleRow with a fixed yearly date of 29 February", () => {
  const leapDay: ScheduleRule = { type: "fixed-yearly", date: "02-29" };

  it("falls due on 28 February in a year without a 29th", () => {
    expect(derive(leapDay, "2026-02-20", "2027-01-10")).toEqual({ status: "due-soon", dueDate: "2027-02-28" });
  });

  it("is due soon on 28 February in a year without a 29th", () => {
    expect(derive(leapDay, "2026-02-20", "2027-02-28")).toEqual({ status: "due-soon", dueDate: "2027-02-28" });
  });

  it("is overdue on 1 March in a year without a 29th", () => {
    expect(derive(leapDay, "2026-02-20", "2027-03-01")).toEqual({ status: "overdue", dueDate: "2027-02-28" });
  });

  it("is due soon on 29 February in a leap year", () => {
    expect(derive(leapDay, "2027-02-10", "2028-02-29")).toEqual({ status: "due-soon", dueDate: "2028-02-29" });
  });

  it("is overdue on 1 March in a leap year", () => {
    expect(derive(leapDay, "2027-02-10", "2028-03-01")).toEqual({ status: "overdue", dueDate: "2028-02-29" });
  });
});

describe("deriveScheduleRow with a fixed yearly date and a first deadline", () => {
  const newDuty: ScheduleRule = { type: "fixed-yearly", date: "03-30", firstDue: "2027-03-30" };

  it("is upcoming before the first deadline, with nothing owed for earlier years", () => {
    expect(derive(newDuty, undefined, "2026-11-23")).toEqual({ status: "upcoming", dueDate: "2027-03-30" });
  });

  it("is due soon when the first deadline is within the window", () => {
    expect(derive(newDuty, undefined, "2027-03-01")).toEqual({ status: "due-soon", dueDate: "2027-03-30" });
  });

  it("is overdue the day after a missed first deadline", () => {
    expect(derive(newDuty, undefined, "2027-03-31")).toEqual({ status: "overdue", dueDate: "2027-03-30" });
  });

  it("is published, due a year after the first deadline, when it was published early for it", () => {
    expect(derive(newDuty, "2027-03-01", "2027-03-15")).toEqual({ status: "published", dueDate: "2028-03-30" });
  });

  it("is still due soon when the only publication came before the duty began", () => {
    expect(derive(newDuty, "2025-06-01", "2027-03-15")).toEqual({ status: "due-soon", dueDate: "2027-03-30" });
  });

  it("waits for a first deadline more than a year away", () => {
    const later: ScheduleRule = { type: "fixed-yearly", date: "03-30", firstDue: "2028-03-30" };
    expect(derive(later, undefined, "2026-11-23")).toEqual({ status: "upcoming", dueDate: "2028-03-30" });
  });

  it("takes the first yearly date on or after a first deadline that falls between yearly dates", () => {
    const offDate: ScheduleRule = { type: "fixed-yearly", date: "03-30", firstDue: "2027-01-01" };
    expect(derive(offDate, undefined, "2026-11-23")).toEqual({ status: "upcoming", dueDate: "2027-03-30" });
  });
});
