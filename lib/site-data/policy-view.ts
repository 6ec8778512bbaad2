/**
 * The policies library as its pages show it: grouped by category in a fixed order, sorted by title
 * within each, every policy flagged when its review is overdue, so templates only format.
 */
import { policyCategoryIds, type PoliciesFile, type Policy, type PolicyCategoryId } from "../schemas/policies.ts";

/** Category names as readers see them, in sentence case (NHS.UK content style). */
export const policyCategoryLabels: Record<PolicyCategoryId, string> = {
  governance: "Governance",
  workforce: "Workforce",
  "information-governance": "Information governance",
  "equality-and-inclusion": "Equality and inclusion",
  finance: "Finance",
  clinical: "Clinical",
};

export interface PolicyView extends Policy {
  categoryLabel: string;
  /** Today is after its review date. */
  reviewOverdue: boolean;
}

export interface PolicyCategoryView {
  id: PolicyCategoryId;
  label: string;
  /** Sorted by title. */
  policies: PolicyView[];
}

export interface PoliciesView {
  /** Every policy, sorted by title: one page each. */
  all: PolicyView[];
  /** Only the categories that have policies, in the order of policyCategoryIds. */
  categories: PolicyCategoryView[];
  overdueCount: number;
}

export function buildPoliciesView(file: PoliciesFile, today: string): PoliciesView {
  const all = file.policies
    .map((policy) => ({
      ...policy,
      categoryLabel: policyCategoryLabels[policy.category],
      // Review dates and today are both YYYY-MM-DD, so they compare as text.
      reviewOverdue: policy.reviewDue < today,
    }))
    .sort((a, b) => a.title.localeCompare(b.title, "en-GB"));
  const categories = policyCategoryIds
    .map((id) => ({ id, label: policyCategoryLabels[id], policies: all.filter((policy) => policy.category === id) }))
    .filter((category) => category.policies.length > 0);
  return { all, categories, overdueCount: all.filter((policy) => policy.reviewOverdue).length };
}
