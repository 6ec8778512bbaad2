/** Builds schedule entries for the tests: only the rule, the last publication and the title vary. */
import type { ScheduleEntry, ScheduleRule } from "../../../lib/schemas/publication-schedule.ts";

export function scheduleEntry(
  rule: ScheduleRule,
  lastPublished?: string,
  title = "Gender pay gap report",
): ScheduleEntry {
  return {
    id: title.toLowerCase().replaceAll(" ", "-"),
    title,
    duty: "Equality Act 2010 (Specific Duties and Public Authorities) Regulations 2017",
    rule,
    ...(lastPublished === undefined ? {} : { lastPublished: { date: lastPublished, url: "/publications/" } }),
    owner: "Head of equality and inclusion",
  };
}
