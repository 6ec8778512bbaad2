/** Warnings for _data/accessibility-statement.yaml: promised fixes whose date has passed. */
import type { HubData, HubFiles } from "../hub.ts";
import { errorAt } from "../locate.ts";
import type { DataWarning } from "../errors.ts";

export function accessibilityStatementWarnings(
  { accessibilityStatement }: HubData,
  files: HubFiles,
  today: string,
): DataWarning[] {
  const yaml = files["accessibility-statement.yaml"];
  return accessibilityStatement.nonAccessibleContent.flatMap((item, index) =>
    item.fixBy && item.fixBy < today
      ? [
          errorAt(
            yaml,
            ["nonAccessibleContent", index, "fixBy"],
            `the statement promised a fix by ${item.fixBy}, which has passed: fix it and remove the item, or give a new date`,
          ),
        ]
      : [],
  );
}
