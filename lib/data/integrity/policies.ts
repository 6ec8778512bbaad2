/**
 * Cross-entry checks for _data/policies.yaml: ids and references used once (each becomes a web
 * address or is quoted in board papers), and dates that follow each other.
 */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { errorAt } from "../locate.ts";
import { unique } from "./rules.ts";

export function checkPolicies({ policies: { policies } }: HubData, files: HubFiles): DataError[] {
  const yaml = files["policies.yaml"];
  return [
    ...unique(
      yaml,
      "policies",
      "id",
      policies.map((policy) => policy.id),
      "give each policy its own id",
    ),
    ...unique(
      yaml,
      "policies",
      "reference",
      policies.map((policy) => policy.reference),
      "give each policy its own reference, or list a policy once",
    ),
    // Dates are YYYY-MM-DD, so they compare as text.
    ...policies.flatMap((policy, index) =>
      policy.reviewDue <= policy.approved.on
        ? [
            errorAt(
              yaml,
              ["policies", index, "reviewDue"],
              `the review date ${policy.reviewDue} must be after the policy was approved on ${policy.approved.on}: check both dates (a policy is usually reviewed one to three years after approval)`,
            ),
          ]
        : [],
    ),
  ];
}
