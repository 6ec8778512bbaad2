/** An equality objective as its page shows it: ids resolved, outcomes scored, overdue actions flagged. */
import type { Characteristic } from "../schemas/protected-characteristics.ts";
import type { Objective, ObjectiveAction } from "../schemas/objectives.ts";
import type { EdsVersion } from "../schemas/outcomes.ts";
import type { OutcomeScore, VersionScorecard } from "../scorecard/types.ts";
import type { PsedAim } from "../schemas/legal-duties.ts";

/** Some of one EDS version's outcomes, with the version's name and the latest year it was graded. */
export interface OutcomeGroup {
  version: EdsVersion;
  name: string;
  shortName: string;
  /** The version's latest year graded, whose rating each outcome shows; null before any grading. */
  year: string | null;
  /** In code order. */
  outcomes: OutcomeScore[];
}

/** The outcomes `keep` chooses, by version (newest first), leaving out versions with none. */
export function outcomeGroups(versions: VersionScorecard[], keep: (outcome: OutcomeScore) => boolean): OutcomeGroup[] {
  return versions.flatMap(({ version, name, shortName, year, sections }) => {
    const outcomes = sections.flatMap((section) => section.outcomes).filter(keep);
    return outcomes.length > 0 ? [{ version, name, shortName, year, outcomes }] : [];
  });
}

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
  /** The EDS outcomes that sit under this objective, by version (newest first), each in code order. */
  outcomes: OutcomeGroup[];
  actions: ActionView[];
}

export function buildObjectiveView(
  objective: Objective,
  characteristics: Characteristic[],
  versions: VersionScorecard[],
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
    outcomes: outcomeGroups(versions, (outcome) => outcome.objective === objective.id),
    // Due dates and today are both YYYY-MM-DD, so they compare as text.
    actions: objective.actions.map((action) => ({
      ...action,
      overdue: action.status !== "complete" && action.due < today,
    })),
  };
}
