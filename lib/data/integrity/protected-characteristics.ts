/** Cross-file checks for _data/protected-characteristics.yaml: each of the law's nine, once. */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { characteristicIds } from "../../schemas/protected-characteristics.ts";
import { complete, unique } from "./rules.ts";

export function checkProtectedCharacteristics(
  { protectedCharacteristics: { characteristics } }: HubData,
  files: HubFiles,
): DataError[] {
  const yaml = files["protected-characteristics.yaml"];
  const ids = characteristics.map((item) => item.id);
  return [
    ...unique(yaml, "characteristics", "id", ids, "list each characteristic once"),
    ...complete(
      yaml,
      "characteristics",
      characteristicIds,
      ids,
      "the Equality Act 2010 has nine protected characteristics; add",
    ),
  ];
}
