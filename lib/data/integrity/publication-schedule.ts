/** Cross-file checks for _data/publication-schedule.yaml: unique ids and rules that can be worked out. */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { errorAt } from "../locate.ts";
import { yearlyDate, yearOf } from "../../dates/arithmetic.ts";
import { unique } from "./rules.ts";

export function checkPublicationSchedule({ publicationSchedule: schedule }: HubData, files: HubFiles): DataError[] {
  const yaml = files["publication-schedule.yaml"];
  const rules = schedule.entries.flatMap((entry, index) => {
    const rule = entry.rule;
    if (rule.type === "interval" && !entry.lastPublished && !rule.firstDue) {
      return [
        errorAt(
          yaml,
          ["entries", index, "rule"],
          "an interval is counted from the last publication: add lastPublished, or rule.firstDue for a duty not yet published",
        ),
      ];
    }
    // A firstDue off the yearly date would silently skip that year's deadline.
    if (
      rule.type === "fixed-yearly" &&
      rule.firstDue &&
      yearlyDate(rule.date, yearOf(rule.firstDue)) !== rule.firstDue
    ) {
      const deadline = yearlyDate(rule.date, yearOf(rule.firstDue));
      return [
        errorAt(
          yaml,
          ["entries", index, "rule", "firstDue"],
          `firstDue must be one of this entry's yearly deadlines ('${rule.date}'): did you mean '${deadline}'?`,
        ),
      ];
    }
    return [];
  });
  return [
    ...unique(
      yaml,
      "entries",
      "id",
      schedule.entries.map((item) => item.id),
      "give each entry its own id",
    ),
    ...rules,
  ];
}
