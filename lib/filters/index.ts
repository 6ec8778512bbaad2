/**
 * Every template filter, one pure function per file; lib/plugin.ts registers each under its
 * export name. Each is guarded: null or undefined gives something harmless, never a crash.
 */
export { actSections } from "./act-sections.ts";
export { aToZ } from "./a-to-z.ts";
export { atomDate } from "./atom-date.ts";
export { breadcrumbs } from "./breadcrumbs.ts";
export { changeInWords } from "./change-in-words.ts";
export { displayDate } from "./display-date.ts";
export { icalendar } from "./icalendar.ts";
export { isoDate } from "./iso-date.ts";
export { listInWords } from "./list-in-words.ts";
export { nonBreaking } from "./non-breaking.ts";
export { percent } from "./percent.ts";
export { publicUrl } from "./public-url.ts";
export { ratingLabel } from "./rating-label.ts";
export { ruleInWords } from "./rule-in-words.ts";
export { scheduleStatusLabel } from "./schedule-status-label.ts";
export { statusLabel } from "./status-label.ts";
export { timeOfDay } from "./time-of-day.ts";
