/**
 * Cross-file checks for _data/engagement.yaml: one engagement per id (the id is its web address),
 * and every protected characteristic it names is one in protected-characteristics.yaml.
 */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { characteristicReferences, unique, type IdUse } from "./rules.ts";

export function checkEngagement(
  { engagement, protectedCharacteristics: { characteristics } }: HubData,
  files: HubFiles,
): DataError[] {
  const yaml = files["engagement.yaml"];
  const { engagements } = engagement;
  const characteristicUses: IdUse[] = engagements.flatMap((item, index) =>
    item.groups.characteristics.map((id, position) => ({
      id,
      path: ["engagements", index, "groups", "characteristics", position],
    })),
  );
  return [
    ...unique(
      yaml,
      "engagements",
      "id",
      engagements.map((item) => item.id),
      "give each engagement its own id",
    ),
    ...characteristicReferences(yaml, characteristicUses, characteristics),
  ];
}
