/**
 * The legal duties page's content: duties grouped by the law they come from, each with its "met
 * by" ids resolved to today's schedule rows and to objectives.
 */
import type { ScheduleRow } from "../schedule/types.ts";
import type { DutyKind, LegalDuty } from "../schemas/legal-duties.ts";
import type { ObjectiveView } from "./objective-view.ts";

export interface LegalDutyView extends Omit<LegalDuty, "metBy"> {
  /** The publications that show the duty is met, with today's status, in the YAML's order. */
  schedule: ScheduleRow[];
  objectives: ObjectiveView[];
}

export interface LegalDutyGroup {
  id: string;
  heading: string;
  duties: LegalDutyView[];
}

/** The page's sections, in the order a reader meets the law: equality first, then NHS, rights, the rest. */
const groups: Array<{ id: string; heading: string; kinds: DutyKind[] }> = [
  { id: "equality-act", heading: "The Equality Act 2010", kinds: ["general-equality-duty", "specific-duty"] },
  { id: "nhs-duties", heading: "NHS duties", kinds: ["nhs-act"] },
  { id: "human-rights", heading: "Human rights", kinds: ["human-rights"] },
  { id: "other-duties", heading: "Other duties", kinds: ["other"] },
];

export function buildLegalDutyView(
  duty: LegalDuty,
  schedule: ScheduleRow[],
  objectives: ObjectiveView[],
): LegalDutyView {
  const { metBy, ...rest } = duty;
  return {
    ...rest,
    schedule: metBy.schedule.flatMap((id) => schedule.filter((row) => row.entry.id === id)),
    objectives: metBy.objectives.flatMap((id) => objectives.filter((objective) => objective.id === id)),
  };
}

/** Groups with no duties are left out; within a group, duties keep the YAML's order. */
export function groupLegalDuties(duties: LegalDutyView[]): LegalDutyGroup[] {
  return groups
    .map(({ id, heading, kinds }) => ({ id, heading, duties: duties.filter((duty) => kinds.includes(duty.kind)) }))
    .filter((group) => group.duties.length > 0);
}
