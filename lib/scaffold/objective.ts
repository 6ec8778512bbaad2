/**
 * A new equality objective for `_data/objectives.yaml`: for the four years from this one (the
 * longest period SI 2017/353 reg. 5 allows), not started, with one action due in a year to show
 * how actions are written.
 */
import { endOfPeriodBeginningWith, yearOf } from "../dates/arithmetic.ts";
import { MAX_PERIOD_YEARS, objectiveStatuses, psedAimIds } from "../schemas/objectives.ts";
import type { ScaffoldEntry } from "./entry.ts";
import type { ScaffoldInput } from "./input.ts";
import { idFromTitle, uniqueId } from "./unique-id.ts";

export function newObjective({ title, today, data }: ScaffoldInput): ScaffoldEntry {
  const id = uniqueId(
    idFromTitle(title),
    data.objectives.objectives.map((objective) => objective.id),
  );
  const characteristicIds = data.protectedCharacteristics.characteristics.map((characteristic) => characteristic.id);
  const start = yearOf(today);
  return {
    file: "objectives.yaml",
    list: "objectives",
    label: `objective '${title}'`,
    address: `/objectives/${id}/`,
    value: {
      id,
      title,
      summary: "Who this objective is for, what is wrong now, and what will be different when it is met.",
      period: { start, end: start + MAX_PERIOD_YEARS },
      lead: "Director of Nursing and Quality",
      status: "not-started",
      psedAims: ["advance-equality"],
      // The first characteristic the hub lists, so the reference is one that exists.
      characteristics: characteristicIds.slice(0, 1),
      actions: [
        {
          title: "The first thing we will do towards this objective",
          due: endOfPeriodBeginningWith(today, 12),
          status: "not-started",
        },
      ],
    },
    edits: [
      { path: ["summary"], note: "who it is for, what is wrong now, and what will change" },
      {
        path: ["period", "start"],
        note: `the years it covers, at most ${MAX_PERIOD_YEARS} from start to end (SI 2017/353 reg. 5)`,
      },
      { path: ["lead"], note: "the role that leads it, not a person's name" },
      { path: ["status"], note: objectiveStatuses.join(", ") },
      { path: ["psedAims", 0], note: `the equality duty's aims it serves, one or more of ${psedAimIds.join(", ")}` },
      {
        path: ["characteristics", 0],
        note: `the protected characteristics it is about, one or more of ${characteristicIds.join(", ")}`,
      },
      { path: ["actions", 0, "title"], note: "each action: what will be done, by when, and how far it has got" },
      { path: ["actions", 0, "due"], note: "the day the action is due" },
    ],
  };
}
