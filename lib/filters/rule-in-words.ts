import { describeRule } from "../schedule/derive.ts";
import type { ScheduleEntryKind, ScheduleRule } from "../schemas/publication-schedule.ts";

/** A schedule rule in words, such as "Every year by 30 March"; empty for a missing rule. */
export function ruleInWords(rule: ScheduleRule | null | undefined, kind?: ScheduleEntryKind | null): string {
  return rule ? describeRule(rule, kind ?? undefined) : "";
}
