/**
 * A protected characteristic with the work that concerns it. An EDS outcome concerns a
 * characteristic through its objective: outcomes.yaml names an objective, and the objective names
 * the characteristics.
 */
import type { Characteristic } from "../schemas/protected-characteristics.ts";
import type { OutcomeScore } from "../scorecard/types.ts";
import type { ObjectiveView } from "./objective-view.ts";

export interface CharacteristicView extends Characteristic {
  objectives: ObjectiveView[];
  /** In code order (1A to 3C), each once. */
  outcomes: OutcomeScore[];
}

export function buildCharacteristicView(
  characteristic: Characteristic,
  objectives: ObjectiveView[],
): CharacteristicView {
  const concerning = objectives.filter((objective) =>
    objective.characteristics.some((item) => item.id === characteristic.id),
  );
  return {
    ...characteristic,
    objectives: concerning,
    outcomes: concerning.flatMap((objective) => objective.outcomes).sort((a, b) => a.code.localeCompare(b.code)),
  };
}
