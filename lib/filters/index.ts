/**
 * Every template filter, one pure function per file; lib/plugin.ts registers each under its
 * export name.
 */
import { describeRule, scheduleStatusLabel } from "../schedule/derive.ts";
import { ratingLabel } from "../scorecard/ratings.ts";

export { actSections } from "./act-sections.ts";
export { breadcrumbs } from "./breadcrumbs.ts";
export { changeInWords } from "./change-in-words.ts";
export { displayDate } from "./display-date.ts";
export { nonBreaking } from "./non-breaking.ts";
export { statusLabel } from "./status-label.ts";
export { describeRule as ruleInWords, ratingLabel, scheduleStatusLabel };
