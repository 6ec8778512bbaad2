/**
 * A protected characteristic with the work that concerns it. An EDS outcome concerns a
 * characteristic through its objective: outcomes.yaml names an objective, and the objective names
 * the characteristics.
 */
import type { Characteristic } from "../schemas/protected-characteristics.ts";
import type { VersionScorecard } from "../scorecard/types.ts";
import { outcomeGroups, type ObjectiveView, type OutcomeGroup } from "./objective-view.ts";

export interface CharacteristicView extends Characteristic {
  objectives: ObjectiveView[];
  /** By EDS version (newest first), each in code order (1A to 3C, 1.1 to 4.3), each outcome once. */
  outcomes: OutcomeGroup[];
}

export function buildCharacteristicView(
  characteristic: Characteristic,
  objectives: ObjectiveView[],
  versions: VersionScorecard[],
): CharacteristicView {
  const concerning = objectives.filter((objective) =>
    objective.characteristics.some((item) => item.id === characteristic.id),
  );
  return {
    ...characteristic,
    objectives: concerning,
    outcomes: outcomeGroups(versions, (outcome) => concerning.some((objective) => objective.id === outcome.objective)),
  };
}
