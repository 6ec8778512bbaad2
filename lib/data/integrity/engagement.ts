/** Cross-file checks for _data/engagement.yaml. (Being written: see issue 4.) */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";

export function checkEngagement(_data: HubData, _files: HubFiles): DataError[] {
  return [];
}
