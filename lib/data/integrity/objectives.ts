/** Cross-file checks for _data/objectives.yaml: unique ids, and characteristics that exist. */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { characteristicIds } from "../../schemas/protected-characteristics.ts";
import { references, unique } from "./rules.ts";

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
    // One of the nine that is missing from its file is reported there, once, not at every use.
    ...references(
      yaml,
      characteristicUses.filter((use) => !isCharacteristicId(use.id)),
      characteristics.map((item) => item.id),
      "characteristic",
      "protected-characteristics.yaml",
    ),
  ];
}

function isCharacteristicId(id: string): boolean {
  return (characteristicIds as readonly string[]).includes(id);
}
