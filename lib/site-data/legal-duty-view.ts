/** A legal duty as the legal duties page shows it: its "met by" ids resolved to schedule rows and objectives. */
import type { ScheduleRow } from "../schedule/types.ts";
import type { LegalDuty } from "../schemas/legal-duties.ts";
import type { ObjectiveView } from "./objective-view.ts";

export interface LegalDutyView extends Omit<LegalDuty, "metBy"> {
  /** The publications that show the duty is met, with today's status, in the YAML's order. */
  schedule: ScheduleRow[];
  objectives: ObjectiveView[];
}

export function buildLegalDutyView(duty: LegalDuty, schedule: ScheduleRow[], objectives: ObjectiveView[]): LegalDutyView {
  const { metBy, ...rest } = duty;
  return {
    ...rest,
    schedule: metBy.schedule.flatMap((id) => schedule.filter((row) => row.entry.id === id)),
    objectives: metBy.objectives.flatMap((id) => objectives.filter((objective) => objective.id === id)),
  };
}
