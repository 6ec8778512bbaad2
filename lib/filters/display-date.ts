import { formatDisplayDate } from "../dates/format.ts";

/** `'2026-12-27'` → "27 December 2026" ("Sunday 27 December 2026" with `weekday`); empty for a missing date. */
export function displayDate(value: string | null | undefined, weekday = false): string {
  return value ? formatDisplayDate(value, { weekday: weekday === true }) : "";
}
