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
  /**
   * The period is over (its last year has ended). `status` is then the last one recorded, which the
   * pages show as such rather than as the objective's state now.
   */
  ended: boolean;
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
  /** The status date (lib/dates/status-date.ts): today, or a closed organisation's last day. */
  today: string,
): ObjectiveView {
  return {
    ...objective,
    // A period "2017 to 2020" runs to the end of 2020.
    ended: today > `${objective.period.end}-12-31`,
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
