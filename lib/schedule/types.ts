/** What lib/schedule derives for one publication schedule entry on a given day. */
import type { ScheduleEntry } from "../schemas/publication-schedule.ts";

/**
 * - `published`: the last deadline was met on time (or the next one already is), and the next is
 *   outside the window. For a duty (`kind: duty`) pages call it "Done".
 * - `due-soon`: the next deadline is within the "due soon" window and not yet met.
 * - `overdue`: a deadline has passed (today is after it) without a publication for its cycle.
 * - `upcoming`: nothing is owed yet and the next deadline is outside the window, but the last
 *   deadline was not met on time: nothing was published yet, the publication came late for its
 *   cycle, or the next one is only planned.
 */
export const scheduleStatuses = ["published", "due-soon", "overdue", "upcoming"] as const;
export type ScheduleStatusId = (typeof scheduleStatuses)[number];

/** The last publication (or the last time a duty was done) in words, for the schedule's "Latest". */
export type LatestView =
  | {
      /** `planned`: a scheduled date still to come, shown without a link; `done`: it is out. */
      state: "done" | "planned";
      /** `YYYY-MM-DD`, shown between `lead` and `tail`. */
      date: string;
      /** Only once it is out: a planned publication's address may not work yet. */
      url?: string | undefined;
      /** After the deadline of the cycle it covers (or a one-off's date). */
      late: boolean;
      /** Before the date, starting a sentence: "Published", "Published late, on", "Done", "Planned for". */
      lead: string;
      /** The same inside a sentence: "last published", "last published late, on", "planned for". */
      leadInSentence: string;
      /** After the date: ", for the 2024 snapshot", or nothing. */
      tail: string;
    }
  | {
      state: "none";
      /** "Not yet published" or "Not yet done". */
      text: string;
      inSentence: string;
    };

export interface ScheduleRow {
  entry: ScheduleEntry;
  status: ScheduleStatusId;
  /** The deadline that matters now (`YYYY-MM-DD`): the missed one when overdue, otherwise the next (for a one-off, its date). */
  dueDate: string;
  latest: LatestView;
  /**
   * The deadline falls after the organisation closed, so it never fell due (DOMAIN.md: a closed
   * organisation's schedule is frozen at its closing date). The pages say so instead of the date.
   */
  dueAfterClosing: boolean;
}
