import { scheduleStatusLabel as label } from "../schedule/derive.ts";
import type { ScheduleStatusId } from "../schedule/types.ts";
import type { ScheduleEntryKind } from "../schemas/publication-schedule.ts";

/** A status in words, such as "Due soon" ("Done" for a duty up to date); empty for a missing status. */
export function scheduleStatusLabel(
  status: ScheduleStatusId | null | undefined,
  kind?: ScheduleEntryKind | null,
): string {
  return status ? label(status, kind ?? undefined) : "";
}
