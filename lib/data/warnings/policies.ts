/**
 * Warnings for _data/policies.yaml: policies past their review date. An out-of-date policy is
 * still the policy in force, so the site publishes it (tagged "Review overdue") and the build
 * tells the editor which entry to update.
 */
import { formatDisplayDate } from "../../dates/format.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { errorAt } from "../locate.ts";
import type { DataWarning } from "../errors.ts";

export function policyWarnings({ policies: { policies } }: HubData, files: HubFiles, today: string): DataWarning[] {
  const yaml = files["policies.yaml"];
  // Dates and today are both YYYY-MM-DD, so they compare as text.
  return policies.flatMap((policy, index) =>
    policy.reviewDue < today
      ? [
          errorAt(
            yaml,
            ["policies", index, "reviewDue"],
            `'${policy.title}' was due for review on ${formatDisplayDate(policy.reviewDue)}: review it and update reviewDue (and version and approved) here`,
          ),
        ]
      : [],
  );
}
