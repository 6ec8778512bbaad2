/** Status against one deadline not yet met. Overdue means today is after it: due today is due soon. */
import { daysBetween } from "../dates/arithmetic.ts";
import type { ScheduleStatusId } from "./types.ts";

export function statusBefore(
  dueDate: string,
  publishedBefore: boolean,
  today: string,
  dueSoonDays: number,
): ScheduleStatusId {
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return "overdue";
  if (daysLeft <= dueSoonDays) return "due-soon";
  return publishedBefore ? "published" : "upcoming";
}
