/**
 * A new policy for `_data/policies.yaml`: approved on the day, due for review three years later
 * (a policy is usually reviewed one to three years after approval, lib/data/integrity/policies.ts),
 * with its own id and reference.
 */
import { endOfPeriodBeginningWith } from "../dates/arithmetic.ts";
import { policyCategoryIds } from "../schemas/policies.ts";
import type { ScaffoldEntry } from "./entry.ts";
import type { ScaffoldInput } from "./input.ts";
import { placeholderDocument } from "./placeholder-link.ts";
import { idFromTitle, uniqueId } from "./unique-id.ts";

/** A reference nobody has used yet: 'NEW-001', 'NEW-002'… */
function newReference(taken: string[]): string {
  let number = 1;
  const reference = () => `NEW-${String(number).padStart(3, "0")}`;
  while (taken.includes(reference())) number += 1;
  return reference();
}

export function newPolicy({ title, today, data }: ScaffoldInput): ScaffoldEntry {
  const { policies } = data.policies;
  const id = uniqueId(
    idFromTitle(title),
    policies.map((policy) => policy.id),
  );
  const { document, edits } = placeholderDocument(data.organisation, {
    title,
    file: `${id}.pdf`,
    fallback: `/policies/${id}/`,
    at: ["documents", 0],
  });
  return {
    file: "policies.yaml",
    list: "policies",
    label: `policy '${title}'`,
    address: `/policies/${id}/`,
    value: {
      id,
      title,
      reference: newReference(policies.map((policy) => policy.reference)),
      category: "governance",
      owner: "Director of Corporate Affairs",
      version: "1.0",
      approved: { by: `Board of ${data.organisation.shortName}`, on: today },
      reviewDue: endOfPeriodBeginningWith(today, 36),
      eia: {
        done: false,
        reason: "Say here why no equality impact assessment was done.",
      },
      summary: "One or two sentences on what the policy covers and who it applies to.",
      documents: [document],
    },
    edits: [
      { path: ["reference"], note: "your own reference for it, such as 'GOV-012'; each policy has its own" },
      { path: ["category"], note: `one of ${policyCategoryIds.join(", ")}` },
      { path: ["owner"], note: "the role that owns the policy, not a person's name" },
      { path: ["version"], note: "the version approved, quoted, such as '1.0'" },
      { path: ["approved", "by"], note: "the board or committee that approved it" },
      { path: ["approved", "on"], note: "the day it was approved" },
      { path: ["reviewDue"], note: "when it is due for review, after the day it was approved" },
      {
        path: ["eia", "done"],
        note: "true if an equality impact assessment was done: then replace reason with on (its date) and document (its link)",
      },
      { path: ["eia", "reason"], note: "why none was done, such as 'the policy changes no service'" },
      { path: ["summary"], note: "what the policy covers and who it applies to" },
      ...edits,
    ],
  };
}
