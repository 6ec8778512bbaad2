import { describe, expect, it } from "vitest";
import { buildSchedule } from "../../../lib/schedule/build-schedule.ts";
import type { PublicationScheduleFile } from "../../../lib/schemas/publication-schedule.ts";
import { scheduleEntry } from "./schedule-entry.ts";

const TODAY = "2026-11-23";

describe("buildSchedule", () => {
  it("lists the soonest due date first", () => {
    const file: PublicationScheduleFile = {
      dueSoonDays: 60,
      entries: [
        scheduleEntry({ type: "fixed-yearly", date: "10-31" }, "2026-10-20", "WRES report"),
        scheduleEntry({ type: "fixed-yearly", date: "03-30" }, "2026-03-10", "Gender pay gap report"),
        scheduleEntry({ type: "interval", months: 12 }, "2025-02-15", "Equality information"),
      ],
    };
    const titles = buildSchedule(file, TODAY).map((row) => `${row.dueDate} ${row.entry.title}`);
    expect(titles).toEqual([
      "2026-02-14 Equality information",
      "2027-03-30 Gender pay gap report",
      "2027-10-31 WRES report",
    ]);
  });

  it("orders entries due on the same day by title, whatever their order in the file", () => {
    const file: PublicationScheduleFile = {
      dueSoonDays: 60,
      entries: [
        scheduleEntry({ type: "one-off", date: "2027-01-15" }, undefined, "WDES report"),
        scheduleEntry({ type: "one-off", date: "2027-01-15" }, undefined, "Accessibility statement review"),
      ],
    };
    expect(buildSchedule(file, TODAY).map((row) => row.entry.title)).toEqual([
      "Accessibility statement review",
      "WDES report",
    ]);
  });

  it("uses the file's own due-soon window", () => {
    const file: PublicationScheduleFile = {
      dueSoonDays: 150,
      entries: [scheduleEntry({ type: "fixed-yearly", date: "03-30" }, "2026-03-10", "Gender pay gap report")],
    };
    expect(buildSchedule(file, TODAY).map((row) => row.status)).toEqual(["due-soon"]);
  });

  it("keeps each row's entry so pages can show its title, duty and owner", () => {
    const entry = scheduleEntry({ type: "interval", months: 48 }, "2022-03-30", "Equality objectives");
    const [row] = buildSchedule({ dueSoonDays: 60, entries: [entry] }, TODAY);
    expect(row?.entry).toBe(entry);
  });
});
