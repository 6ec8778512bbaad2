/**
 * Cross-file checks for _data/publication-schedule.yaml: unique ids, rules that can be worked out,
 * and last publications that can have happened: none before the snapshot it covers, and, on the
 * day of the build, none after that day unless it is marked as scheduled.
 *
 * "After the day" is after the build's today (`--today`, or the day in Europe/London), not the
 * status date: a closed organisation's successor may publish its last reports after it closed.
 */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { errorAt } from "../locate.ts";
import { yearlyDate, yearOf } from "../../dates/arithmetic.ts";
import { cycleInWords, earliestPublication } from "../../schedule/cycle.ts";
import { lastTimeField, lastTimeOf, type ScheduleEntry } from "../../schemas/publication-schedule.ts";
import type { YamlFile } from "../yaml-file.ts";
import { unique } from "./rules.ts";

export function checkPublicationSchedule({ publicationSchedule: schedule }: HubData, files: HubFiles): DataError[] {
  const yaml = files["publication-schedule.yaml"];
  const rules = schedule.entries.flatMap((entry, index) => {
    const rule = entry.rule;
    if (rule.type === "interval" && !lastTimeOf(entry) && !rule.firstDue) {
      return [
        errorAt(
          yaml,
          ["entries", index, "rule"],
          entry.kind === "duty"
            ? "an interval is counted from the last time it was done: add lastDone, or rule.firstDue for a duty not yet done"
            : "an interval is counted from the last publication: add lastPublished, or rule.firstDue for a duty not yet published",
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
    ...schedule.entries.flatMap((entry, index) => beforeItsSnapshot(yaml, entry, index)),
  ];
}

/** A last date after the build's day that is not marked as planned: it cannot have happened yet. */
export function checkPublicationScheduleOnDay(
  { publicationSchedule: schedule }: HubData,
  files: HubFiles,
  today: string,
): DataError[] {
  const yaml = files["publication-schedule.yaml"];
  return schedule.entries.flatMap((entry, index) => {
    const last = lastTimeOf(entry);
    if (last === undefined || last.date <= today || last.scheduled === true) return [];
    const field = lastTimeField(entry);
    return [
      errorAt(
        yaml,
        ["entries", index, field, "date"],
        `${verbOf(entry)} in the future: ${last.date} is after today, ${today}. If it is planned, add 'scheduled: true' under ${field}; otherwise correct the date`,
      ),
    ];
  });
}

/** Figures as at a snapshot cannot be out before it. */
function beforeItsSnapshot(yaml: YamlFile, entry: ScheduleEntry, index: number): DataError[] {
  const last = lastTimeOf(entry);
  const earliest = last?.covers === undefined ? undefined : earliestPublication(last.covers);
  if (last?.covers === undefined || earliest === undefined || last.date >= earliest) return [];
  return [
    errorAt(
      yaml,
      ["entries", index, lastTimeField(entry), "covers"],
      `${verbOf(entry)} on ${last.date}, before ${cycleInWords(last.covers)} (${earliest}) it covers: check the date and the year it covers`,
    ),
  ];
}

function verbOf(entry: ScheduleEntry): string {
  return entry.kind === "duty" ? "done" : "published";
}
