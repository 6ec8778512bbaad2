import { formatDisplayDate } from "../dates/format.ts";

/** `'2026-12-27'` → "27 December 2026"; empty for a missing date. */
export function displayDate(value: string | null | undefined): string {
  return value ? formatDisplayDate(value) : "";
}
