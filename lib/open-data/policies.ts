/**
 * The policies library as open data: one record per policy, as policies.yaml gives it, with the
 * review flag its pages show (lib/site-data/policy-view.ts).
 */
import { z } from "zod";
import { dateSchema, httpsUrlSchema, textSchema } from "../schemas/common.ts";
import { policyCategoryIds, policySchema } from "../schemas/policies.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { defineDataset } from "./dataset.ts";

const policy = policySchema.shape;

export const policyRecord = z.strictObject({
  id: policy.id.describe("The policy's id, also the last part of its page's address"),
  title: policy.title.describe("Its title"),
  reference: policy.reference.describe("Our own reference for it, such as GOV-004"),
  category: policy.category.describe(`Its category: one of ${policyCategoryIds.join(", ")}`),
  owner: policy.owner.describe("The role that owns it"),
  version: policy.version.describe("The version in force, as text"),
  approvedBy: textSchema.describe("Who approved that version"),
  approvedOn: dateSchema.describe("When that version was approved"),
  reviewDue: policy.reviewDue.describe("When it is due for review"),
  reviewOverdue: z.boolean().describe("true when its review date had passed on the day the data is as at"),
  eiaDone: z.boolean().describe("true when an equality impact assessment was done"),
  eiaOn: dateSchema.nullable().describe("When the equality impact assessment was signed off; empty when none was done"),
  eiaUrl: httpsUrlSchema.nullable().describe("The equality impact assessment's address; empty when none was done"),
  eiaNotDoneReason: textSchema.nullable().describe("Why no equality impact assessment was done; empty when one was"),
  summary: policy.summary.describe("What it covers"),
  documentUrl: httpsUrlSchema.describe("The address of the policy itself (its first document)"),
  page: httpsUrlSchema.describe("Its page on this hub"),
});

export const policiesDataset = defineDataset({
  id: "policies",
  title: "Policies and procedures",
  description: "One record per policy or procedure in our library, sorted by title.",
  record: policyRecord,
  records: ({ site }) => {
    const { siteUrl } = site.organisation;
    return site.policies.all.map((item) => ({
      id: item.id,
      title: item.title,
      reference: item.reference,
      category: item.category,
      owner: item.owner,
      version: item.version,
      approvedBy: item.approved.by,
      approvedOn: item.approved.on,
      reviewDue: item.reviewDue,
      reviewOverdue: item.reviewOverdue,
      eiaDone: item.eia.done,
      eiaOn: item.eia.done ? item.eia.on : null,
      eiaUrl: item.eia.done ? absoluteUrl(item.eia.document.url, siteUrl) : null,
      eiaNotDoneReason: item.eia.done ? null : item.eia.reason,
      summary: item.summary,
      documentUrl: absoluteUrl(item.documents[0]?.url ?? `/policies/${item.id}/`, siteUrl),
      page: absoluteUrl(`/policies/${item.id}/`, siteUrl),
    }));
  },
});
