import { scheduleStatusLabel as label } from "../schedule/derive.ts";
import type { ScheduleStatusId } from "../schedule/types.ts";

/** A publication's status in words, such as "Due soon"; empty for a missing status. */
export function scheduleStatusLabel(status: ScheduleStatusId | null | undefined): string {
  return status ? label(status) : "";
}
