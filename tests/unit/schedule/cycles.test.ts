/**
 * A publication that says which cycle it covers counts for that cycle: a late one is late for its
 * own deadline, not early for the next (DOMAIN.md, "Publication schedule rules"; issue 15).
 */
import { describe, expect, it } from "vitest";
import { deriveScheduleRow } from "../../../lib/schedule/derive.ts";
import { cycleDeadline, cycleInWords } from "../../../lib/schedule/cycle.ts";
import type { LastTime, ScheduleRule } from "../../../lib/schemas/publication-schedule.ts";
import { scheduleEntry } from "./schedule-entry.ts";

const WINDOW = 60;
const genderPayGap: ScheduleRule = { type: "fixed-yearly", date: "03-30" };

function derive(rule: ScheduleRule, last: Omit<LastTime, "url">, today: string) {
  const { status, dueDate, latest } = deriveScheduleRow(scheduleEntry(rule, last), today, WINDOW);
  const words = latest.state === "none" ? latest.text : `${latest.lead} ${latest.date}${latest.tail}`;
  return { status, dueDate, words };
}

describe("a gender pay gap report published one day late, on 31 March 2025, for the 2024 snapshot", () => {
  const late = { date: "2025-03-31", covers: "2024" };

  it("missed the 30 March 2025 deadline, and says so", () => {
    expect(derive(genderPayGap, late, "2025-04-01").words).toBe("Published late, on 2025-03-31, for the 2024 snapshot");
  });

  it("is upcoming on 10 January 2026, due 30 March 2026, not published and due in 2027", () => {
    expect(derive(genderPayGap, late, "2026-01-10")).toMatchObject({ status: "upcoming", dueDate: "2026-03-30" });
  });

  it("is due soon once 30 March 2026 is within the window", () => {
    expect(derive(genderPayGap, late, "2026-02-15")).toMatchObject({ status: "due-soon", dueDate: "2026-03-30" });
  });

  it("is overdue the day after 30 March 2026, with nothing published for the 2025 snapshot", () => {
    expect(derive(genderPayGap, late, "2026-03-31")).toMatchObject({ status: "overdue", dueDate: "2026-03-30" });
  });

  it("was read as early for 2026, due in 2027, before it said what it covered", () => {
    expect(derive(genderPayGap, { date: "2025-03-31" }, "2026-01-10")).toMatchObject({
      status: "published",
      dueDate: "2027-03-30",
    });
  });
});

describe("a yearly publication that says which cycle it covers", () => {
  it("is published, due the next deadline, when it met its own on time", () => {
    expect(derive(genderPayGap, { date: "2026-03-24", covers: "2025" }, "2026-11-23")).toEqual({
      status: "published",
      dueDate: "2027-03-30",
      words: "Published 2026-03-24, for the 2025 snapshot",
    });
  });

  it("meets the deadline before it is due: published early in the year, the next due is a year on", () => {
    expect(derive(genderPayGap, { date: "2026-03-24", covers: "2025" }, "2026-03-25")).toMatchObject({
      status: "published",
      dueDate: "2027-03-30",
    });
  });

  it("is overdue, showing the latest deadline missed, when several cycles have passed since", () => {
    expect(derive(genderPayGap, { date: "2023-03-20", covers: "2022" }, "2026-11-23")).toMatchObject({
      status: "overdue",
      dueDate: "2026-03-30",
    });
  });

  it("counts a reporting year towards the first deadline on or after it begins", () => {
    const eds: ScheduleRule = { type: "fixed-yearly", date: "02-28" };
    const wres: ScheduleRule = { type: "fixed-yearly", date: "10-31" };
    expect([
      cycleDeadline("02-28", "2025/26"),
      cycleDeadline("10-31", "2025/26"),
      cycleDeadline("03-30", "2024/25"),
    ]).toEqual(["2026-02-28", "2025-10-31", "2025-03-30"]);
    expect(derive(eds, { date: "2026-03-02", covers: "2025/26" }, "2026-11-23")).toEqual({
      status: "upcoming",
      dueDate: "2027-02-28",
      words: "Published late, on 2026-03-02, for 2025/26",
    });
    expect(derive(wres, { date: "2025-10-29", covers: "2025/26" }, "2026-11-23")).toMatchObject({
      status: "overdue",
      dueDate: "2026-10-31",
    });
  });

  it("counts a period towards the first deadline after it ends, as an annual report follows its year", () => {
    const annualReport: ScheduleRule = { type: "fixed-yearly", date: "07-31" };
    const year = { from: "2025-04-01", to: "2026-03-31" };
    expect(cycleDeadline("07-31", year)).toBe("2026-07-31");
    expect(derive(annualReport, { date: "2026-07-09", covers: year }, "2026-11-23")).toEqual({
      status: "published",
      dueDate: "2027-07-31",
      words: "Published 2026-07-09, for April 2025 to March 2026",
    });
  });

  it("leaves the first deadline to meet when the cycle published came before the duty began", () => {
    const newDuty: ScheduleRule = { type: "fixed-yearly", date: "03-30", firstDue: "2028-03-30" };
    expect(derive(newDuty, { date: "2026-03-10", covers: "2025" }, "2026-11-23")).toMatchObject({
      status: "upcoming",
      dueDate: "2028-03-30",
    });
  });

  it("names each kind of cycle for the page", () => {
    expect([
      cycleInWords("2024"),
      cycleInWords("2024/25"),
      cycleInWords({ from: "2025-04-01", to: "2025-06-30" }),
      cycleInWords({ from: "2025-01-01", to: "2025-12-31" }),
      cycleInWords({ from: "2025-04-01", to: "2025-04-30" }),
      cycleInWords({ from: "2025-04-03", to: "2025-05-15" }),
      cycleInWords({ from: "2025-12-20", to: "2026-01-15" }),
    ]).toEqual([
      "the 2024 snapshot",
      "2024/25",
      "April to June 2025",
      "2025",
      "April 2025",
      "3 April to 15 May 2025",
      "20 December 2025 to 15 January 2026",
    ]);
  });

  it("gives an interval's or a one-off's publication its cycle in words, without changing when it is due", () => {
    const interval: ScheduleRule = { type: "interval", months: 12 };
    expect(derive(interval, { date: "2025-12-10", covers: "2025/26" }, "2026-11-23")).toEqual({
      status: "due-soon",
      dueDate: "2026-12-09",
      words: "Published 2025-12-10, for 2025/26",
    });
    const oneOff: ScheduleRule = { type: "one-off", date: "2026-06-30" };
    expect(derive(oneOff, { date: "2026-07-02" }, "2026-11-23")).toEqual({
      status: "published",
      dueDate: "2026-06-30",
      words: "Published late, on 2026-07-02",
    });
  });
});

describe("a publication scheduled for a day still to come", () => {
  it("is planned, not published, and due at the deadline of the cycle it covers", () => {
    const planned = { date: "2027-03-20", covers: "2026", scheduled: true };
    expect(derive(genderPayGap, planned, "2026-11-23")).toEqual({
      status: "upcoming",
      dueDate: "2027-03-30",
      words: "Planned for 2027-03-20, for the 2026 snapshot",
    });
    expect(derive(genderPayGap, planned, "2027-03-01")).toMatchObject({ status: "due-soon", dueDate: "2027-03-30" });
  });

  it("counts as published once its day has come", () => {
    const planned = { date: "2027-03-20", covers: "2026", scheduled: true };
    expect(derive(genderPayGap, planned, "2027-03-20")).toEqual({
      status: "published",
      dueDate: "2028-03-30",
      words: "Published 2027-03-20, for the 2026 snapshot",
    });
  });

  it("is due on its planned day when it is counted by an interval", () => {
    const planned = { date: "2027-01-15", scheduled: true };
    expect(derive({ type: "interval", years: 1 }, planned, "2026-11-23")).toEqual({
      status: "due-soon",
      dueDate: "2027-01-15",
      words: "Planned for 2027-01-15",
    });
  });

  it("shows no link to a planned publication, whose address may not work yet", () => {
    const row = deriveScheduleRow(
      scheduleEntry(genderPayGap, { date: "2027-03-20", covers: "2026", scheduled: true }),
      "2026-11-23",
      WINDOW,
    );
    expect(row.latest).toMatchObject({ state: "planned", leadInSentence: "planned for" });
    expect("url" in row.latest).toBe(false);
  });
});
