/**
 * Cross-file checks for _data/accessibility-statement.yaml: its review is tracked by an interval
 * entry in publication-schedule.yaml, and the two agree on when it was last reviewed, so the
 * statement and the schedule never tell readers different dates.
 */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { errorAt } from "../locate.ts";
import { references } from "./rules.ts";
import { lastTimeOf } from "../../schemas/publication-schedule.ts";

export function checkAccessibilityStatement(
  { accessibilityStatement: statement, publicationSchedule: schedule }: HubData,
  files: HubFiles,
): DataError[] {
  const yaml = files["accessibility-statement.yaml"];
  const known = schedule.entries.map((entry) => entry.id);
  const unknown = references(
    yaml,
    [{ id: statement.reviewEntry, path: ["reviewEntry"] }],
    known,
    "schedule entry",
    "publication-schedule.yaml",
  );
  if (unknown.length > 0) return unknown;
  const entry = schedule.entries.find((item) => item.id === statement.reviewEntry);
  if (!entry) return [];
  const errors: DataError[] = [];
  if (entry.rule.type === "one-off") {
    errors.push(
      errorAt(
        yaml,
        ["reviewEntry"],
        `'${entry.id}' is a one-off entry, but the statement is reviewed again and again: point reviewEntry at an interval entry (such as every 12 months)`,
      ),
    );
  }
  // The review may be kept as a publication (lastPublished) or as a duty done (lastDone).
  const last = lastTimeOf(entry);
  if (last && last.date !== statement.lastReviewedOn) {
    errors.push(
      errorAt(
        yaml,
        ["lastReviewedOn"],
        `the statement says it was last reviewed on ${statement.lastReviewedOn}, but publication-schedule.yaml entry '${entry.id}' says ${last.date}: make them the same date`,
      ),
    );
  }
  return errors;
}
