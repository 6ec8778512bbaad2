import { icalendarText, type Calendar } from "../calendar/icalendar.ts";

/** A calendar view as iCalendar text (lib/calendar/icalendar.ts); empty for none. */
export function icalendar(calendar: Calendar | null | undefined): string {
  return calendar ? icalendarText(calendar) : "";
}
