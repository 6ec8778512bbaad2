/** The whole publication schedule on a given day, soonest deadline first. */
import type { PublicationScheduleFile } from "../schemas/publication-schedule.ts";
import { deriveScheduleRow } from "./derive.ts";
import type { ScheduleRow } from "./types.ts";

/**
 * `today` is the status date (lib/dates/status-date.ts); `lastDay`, a closed organisation's last
 * day, after which nothing falls due.
 */
export function buildSchedule(file: PublicationScheduleFile, today: string, lastDay?: string): ScheduleRow[] {
  return (
    file.entries
      .map((entry) => deriveScheduleRow(entry, today, file.dueSoonDays))
      .map((row) => ({ ...row, dueAfterClosing: lastDay !== undefined && row.dueDate > lastDay }))
      // ISO dates sort as text; ties are broken by title so the order never depends on the YAML.
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.entry.title.localeCompare(b.entry.title))
  );
}
