/** Warnings for _data/policies.yaml. (Being written: see issue 4.) */
import type { HubData, HubFiles } from "../hub.ts";
import type { DataWarning } from "../warnings.ts";

export function policyWarnings(_data: HubData, _files: HubFiles, _today: string): DataWarning[] {
  return [];
}
