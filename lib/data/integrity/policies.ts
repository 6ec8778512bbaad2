/** Cross-file checks for _data/policies.yaml. (Being written: see issue 4.) */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";

export function checkPolicies(_data: HubData, _files: HubFiles): DataError[] {
  return [];
}
