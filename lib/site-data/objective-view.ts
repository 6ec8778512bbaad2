/** An equality objective as its page shows it: ids resolved, outcomes scored, overdue actions flagged. */
import type { Characteristic } from "../schemas/protected-characteristics.ts";
import type { Objective, ObjectiveAction } from "../schemas/objectives.ts";
import type { OutcomeScore } from "../scorecard/types.ts";
import type { PsedAim } from "../schemas/legal-duties.ts";

export interface ActionView extends ObjectiveAction {
  /** Not complete and its due date has passed (today is after it). */
  overdue: boolean;
}

export interface ObjectiveView extends Omit<Objective, "characteristics" | "actions" | "psedAims"> {
  characteristics: Characteristic[];
  psedAims: PsedAim[];
  /** The EDS 2022 outcomes that sit under this objective, in code order. */
  outcomes: OutcomeScore[];
  actions: ActionView[];
}

export function buildObjectiveView(
  objective: Objective,
  characteristics: Characteristic[],
  outcomeScores: OutcomeScore[],
  psedAims: PsedAim[],
  today: string,
): ObjectiveView {
  return {
    ...objective,
    // In the objective's own order: the author lists the characteristics it concerns most first.
    characteristics: objective.characteristics.flatMap((id) => characteristics.filter((item) => item.id === id)),
    // psedAims are already in the order of s.149(1), whatever order the YAML lists them in.
    psedAims: psedAims.filter((aim) => objective.psedAims.includes(aim.id)),
    outcomes: outcomeScores.filter((score) => score.objective === objective.id),
    // Due dates and today are both YYYY-MM-DD, so they compare as text.
    actions: objective.actions.map((action) => ({
      ...action,
      overdue: action.status !== "complete" && action.due < today,
    })),
  };
}
