import { formatTimeOfDay } from "../dates/format.ts";

/** `'17:00'` → "5pm", `'23:59'` → "11:59pm"; empty for a missing time. A malformed one stops the build. */
export function timeOfDay(value: string | null | undefined): string {
  return value ? formatTimeOfDay(value) : "";
}
