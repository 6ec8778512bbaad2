/** Builds schedule entries for the tests: only the rule, the last publication and the title vary. */
import type { LastTime, ScheduleEntry, ScheduleRule } from "../../../lib/schemas/publication-schedule.ts";

/** `lastPublished` is its date, or the whole record when a test needs what it covers or that it is scheduled. */
export function scheduleEntry(
  rule: ScheduleRule,
  lastPublished?: string | Omit<LastTime, "url">,
  title = "Gender pay gap report",
): ScheduleEntry {
  const last = typeof lastPublished === "string" ? { date: lastPublished } : lastPublished;
  return {
    id: title.toLowerCase().replaceAll(" ", "-"),
    title,
    duty: "Equality Act 2010 (Specific Duties and Public Authorities) Regulations 2017",
    rule,
    ...(last === undefined ? {} : { lastPublished: { ...last, url: "/publications/" } }),
    owner: "Head of equality and inclusion",
  };
}

/** The same as a duty done rather than published (`kind: duty`, `lastDone`). */
export function dutyEntry(rule: ScheduleRule, lastDone?: Omit<LastTime, "url">, title = "Board review"): ScheduleEntry {
  return {
    id: title.toLowerCase().replaceAll(" ", "-"),
    kind: "duty",
    title,
    duty: "Local commitment of the board",
    rule,
    ...(lastDone === undefined ? {} : { lastDone }),
    owner: "Board secretary",
  };
}
