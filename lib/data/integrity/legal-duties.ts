/**
 * Cross-file checks for _data/legal-duties.yaml: one entry per id, every duty the law gives an ICB
 * or CCG present, the general duty's three aims each once, every "met by" link resolving to a
 * schedule entry or objective, every NHS Act section one that this kind of organisation
 * (organisation.yaml's type) holds, and every summary markdown that a summary can hold.
 */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { errorAt } from "../locate.ts";
import { requiredDutyKinds } from "../../schemas/legal-duties.ts";
import { psedAimIds } from "../../schemas/objectives.ts";
import { checkCitations } from "./duty-citations.ts";
import { summaryProblems } from "./duty-summary.ts";
import { complete, references, unique, type IdUse } from "./rules.ts";

export function checkLegalDuties(
  { legalDuties, organisation, publicationSchedule: schedule, objectives: { objectives } }: HubData,
  files: HubFiles,
): DataError[] {
  const yaml = files["legal-duties.yaml"];
  const { duties } = legalDuties;
  const scheduleUses: IdUse[] = duties.flatMap((duty, index) =>
    duty.metBy.schedule.map((id, position) => ({ id, path: ["duties", index, "metBy", "schedule", position] })),
  );
  const objectiveUses: IdUse[] = duties.flatMap((duty, index) =>
    duty.metBy.objectives.map((id, position) => ({ id, path: ["duties", index, "metBy", "objectives", position] })),
  );
  const generalDuties = duties.flatMap((duty, index) =>
    duty.kind === "general-equality-duty" ? [{ duty, index }] : [],
  );
  return [
    ...unique(
      yaml,
      "duties",
      "id",
      duties.map((duty) => duty.id),
      "give each duty its own id",
    ),
    ...complete(
      yaml,
      "duties",
      requiredDutyKinds,
      // Another body's duty that we support is not one of ours.
      duties.filter((duty) => !duty.owedBy).map((duty) => duty.kind),
      "every ICB and CCG has these duties; add a duty of kind",
    ),
    ...generalDuties
      .slice(1)
      .map(({ index }) =>
        errorAt(yaml, ["duties", index, "kind"], "there is one general equality duty (s.149): describe it once"),
      ),
    ...generalDuties.flatMap(({ duty, index }) => [
      ...unique(
        yaml,
        "aims",
        "id",
        (duty.aims ?? []).map((aim) => aim.id),
        "describe each aim once",
        ["duties", index],
      ),
      ...complete(
        yaml,
        "aims",
        psedAimIds,
        (duty.aims ?? []).map((aim) => aim.id),
        "s.149(1) has three aims; add",
        ["duties", index],
      ),
    ]),
    ...references(
      yaml,
      scheduleUses,
      schedule.entries.map((entry) => entry.id),
      "schedule entry",
      "publication-schedule.yaml",
    ),
    ...duties.flatMap((duty, index) => checkCitations(yaml, duty, index, organisation.type)),
    ...duties.flatMap((duty, index) =>
      summaryProblems(duty.summary).map((problem) => errorAt(yaml, ["duties", index, "summary"], problem)),
    ),
    ...references(
      yaml,
      objectiveUses,
      objectives.map((objective) => objective.id),
      "objective",
      "objectives.yaml",
    ),
  ];
}
