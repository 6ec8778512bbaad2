/** The whole publication schedule on a given day, soonest deadline first. */
import type { PublicationScheduleFile } from "../schemas/publication-schedule.ts";
import { deriveScheduleRow } from "./derive.ts";
import type { ScheduleRow } from "./types.ts";

export function buildSchedule(file: PublicationScheduleFile, today: string): ScheduleRow[] {
  return (
    file.entries
      .map((entry) => deriveScheduleRow(entry, today, file.dueSoonDays))
      // ISO dates sort as text; ties are broken by title so the order never depends on the YAML.
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.entry.title.localeCompare(b.entry.title))
  );
}
