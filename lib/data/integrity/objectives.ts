/** Cross-file checks for _data/objectives.yaml: unique ids, and characteristics that exist. */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { characteristicReferences, unique } from "./rules.ts";

export function checkObjectives(
  { objectives: { objectives }, protectedCharacteristics: { characteristics } }: HubData,
  files: HubFiles,
): DataError[] {
  const yaml = files["objectives.yaml"];
  const characteristicUses = objectives.flatMap((objective, index) =>
    objective.characteristics.map((id, position) => ({ id, path: ["objectives", index, "characteristics", position] })),
  );
  return [
    ...unique(
      yaml,
      "objectives",
      "id",
      objectives.map((item) => item.id),
      "give each objective its own id",
    ),
    ...characteristicReferences(yaml, characteristicUses, characteristics),
  ];
}
