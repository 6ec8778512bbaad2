/** Cross-file checks for _data/reports.yaml. (Being written: see issue 4.) */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";

export function checkReports(_data: HubData, _files: HubFiles): DataError[] {
  return [];
}
