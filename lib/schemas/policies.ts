/**
 * Schema for `_data/policies.yaml`: the policies and procedures library. Publishing policies with
 * their equality impact assessments is how an organisation shows it has paid "due regard" to the
 * public sector equality duty (Equality Act 2010 s.149) in its decisions.
 */
import { z } from "zod";
import { dateSchema, idSchema, roleSchema, textSchema } from "./common.ts";
import { documentSchema } from "./document.ts";

/** The library's categories, in the order the list page shows them. */
export const policyCategoryIds = [
  "governance",
  "workforce",
  "information-governance",
  "equality-and-inclusion",
  "finance",
  "clinical",
] as const;
export type PolicyCategoryId = (typeof policyCategoryIds)[number];

/** The body that approved the current version, and when. */
const approvalSchema = z.strictObject({
  by: textSchema,
  on: dateSchema,
});

/**
 * An equality impact assessment either was done, and readers can open it, or was not, and the
 * page says why (a policy with no effect on people, say). Saying nothing is not an option.
 */
const eiaDoneSchema = z.strictObject({
  done: z.literal(true),
  /** When the assessment was signed off. */
  on: dateSchema,
  /** The published assessment, so readers can see how equality was considered. */
  document: documentSchema,
});

const eiaNotDoneSchema = z.strictObject({
  done: z.literal(false),
  reason: z
    .string({
      error:
        "say why no equality impact assessment was done, such as 'the policy changes no service and no one's employment'",
    })
    .trim()
    .min(1, { error: "say why no equality impact assessment was done: this cannot be empty" }),
});

const eiaSchema = z.discriminatedUnion("done", [eiaDoneSchema, eiaNotDoneSchema], {
  error:
    "say whether an equality impact assessment was done: 'done: true' with 'on' and 'document', or 'done: false' with a 'reason'",
});

export const policySchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  /** The organisation's own reference, quoted so YAML keeps it as text: 'GOV-004'. */
  reference: textSchema,
  category: z.enum(policyCategoryIds, { error: `category must be one of: ${policyCategoryIds.join(", ")}` }),
  /** A role, not a person, so the library survives staff changes. */
  owner: roleSchema,
  /** Quoted, so '3.10' does not become the number 3.1. */
  version: textSchema,
  approved: approvalSchema,
  reviewDue: dateSchema,
  eia: eiaSchema,
  summary: textSchema,
  documents: z
    .array(documentSchema)
    .min(1, { error: "list at least one document: the policy itself, such as its PDF" }),
});

export const policiesSchema = z.strictObject({
  policies: z
    .array(policySchema, {
      error: "write the policies as a list, one '- id: ...' block each, or 'policies: []' for none yet",
    })
    .default([]),
});

export type Policy = z.infer<typeof policySchema>;
export type PolicyEia = z.infer<typeof eiaSchema>;
export type PoliciesFile = z.infer<typeof policiesSchema>;
