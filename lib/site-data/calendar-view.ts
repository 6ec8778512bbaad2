/**
 * The calendar the comms team subscribes to (site/calendar.njk, written by lib/calendar): each
 * publication schedule deadline still to come, and the day each open or upcoming engagement or
 * consultation closes, as all-day events. "Still to come" is from the build's today, and the
 * deadlines are the schedule's own (lib/schedule), never worked out again here.
 *
 * A closed organisation's hub has none: nothing falls due after it closed, and nothing is open.
 */
import type { Calendar, CalendarEvent } from "../calendar/icalendar.ts";
import type { StatusDate } from "../dates/status-date.ts";
import { publicUrl } from "../filters/public-url.ts";
import { timeOfDay } from "../filters/time-of-day.ts";
import type { ScheduleRow } from "../schedule/types.ts";
import type { Organisation } from "../schemas/organisation.ts";
import type { EngagementView } from "./engagement-view.ts";

/** Where the calendar is, on the hub. */
export const CALENDAR_PATH = "/calendar.ics";

export interface CalendarView extends Calendar {
  /** Its public address, for the schedule page to give to Outlook. */
  url: string;
}

/** None when the organisation has closed; one otherwise (a list, so its template writes nothing for none). */
export function buildCalendarViews(
  organisation: Organisation,
  schedule: ScheduleRow[],
  engagement: EngagementView,
  today: string,
  asAt: StatusDate,
): CalendarView[] {
  if (asAt.frozen) return [];
  const { siteUrl, shortName } = organisation;
  const host = new URL(siteUrl).host;
  const deadlines = schedule
    .filter((row) => row.dueDate >= today)
    .map((row): CalendarEvent => ({
      // A deadline of its own for each cycle: the next one is another event.
      uid: `schedule-${row.entry.id}-${row.dueDate}@${host}`,
      date: row.dueDate,
      summary: `${row.entry.title} due`,
      description: `Required by ${row.entry.duty}. Owner: ${row.entry.owner}.`,
      url: publicUrl(`/publication-schedule/#${row.entry.id}`, siteUrl),
    }));
  const closings = engagement.engagements
    .filter((item) => item.status === "open" || item.status === "upcoming")
    .map((item): CalendarEvent => ({
      // The same event if its closing day moves: a calendar shows it moved, not twice.
      uid: `engagement-${item.id}-closes@${host}`,
      date: item.closes,
      summary: `${item.kindLabel} closes: ${item.title}`,
      description: `${item.closesAt ? `Closes at ${timeOfDay(item.closesAt)}.` : "Closes at the end of the day."} ${item.summary}`,
      url: publicUrl(`/engagement/${item.id}/`, siteUrl),
    }));
  const events = [...deadlines, ...closings].sort(
    (a, b) => a.date.localeCompare(b.date) || a.summary.localeCompare(b.summary, "en-GB"),
  );
  return [
    {
      productId: `-//${shortName}//Equality hub//EN`,
      name: `${shortName}: publication schedule and consultations`,
      stamp: today,
      events,
      url: publicUrl(CALENDAR_PATH, siteUrl),
    },
  ];
}
