/** What lib/schedule derives for one publication schedule entry on a given day. */
import type { ScheduleEntry } from "../schemas/publication-schedule.ts";

/**
 * - `published`: the current cycle's publication is out and the next deadline is outside the window.
 * - `due-soon`: the next deadline is within the "due soon" window and not yet met.
 * - `overdue`: a deadline has passed (today is after it) without a publication for its cycle.
 * - `upcoming`: nothing is owed yet and the next deadline is outside the window.
 */
export const scheduleStatuses = ["published", "due-soon", "overdue", "upcoming"] as const;
export type ScheduleStatusId = (typeof scheduleStatuses)[number];

export interface ScheduleRow {
  entry: ScheduleEntry;
  status: ScheduleStatusId;
  /** The deadline that matters now (`YYYY-MM-DD`): the missed one when overdue, otherwise the next (for a one-off, its date). */
  dueDate: string;
  /**
   * The deadline falls after the organisation closed, so it never fell due (DOMAIN.md: a closed
   * organisation's schedule is frozen at its closing date). The pages say so instead of the date.
   */
  dueAfterClosing: boolean;
}
