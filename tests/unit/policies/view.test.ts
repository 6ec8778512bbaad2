/** The policies library as the pages show it: grouped, sorted and flagged before any template runs. */
import { describe, expect, it } from "vitest";
import type { Policy } from "../../../lib/schemas/policies.ts";
import { buildPoliciesView } from "../../../lib/site-data/policy-view.ts";

const TODAY = "2026-11-23";

function policy(id: string, title: string, category: Policy["category"], reviewDue: string): Policy {
  return {
    id,
    title,
    reference: id.toUpperCase(),
    category,
    owner: "Chief People Officer",
    version: "1.0",
    approved: { by: "Board", on: "2024-01-10" },
    reviewDue,
    eia: { done: false, reason: "No effect on people." },
    summary: "What it covers.",
    documents: [{ title, url: `/policies/${id}.pdf`, format: "PDF", size: "100 KB" }],
  };
}

const view = buildPoliciesView(
  {
    policies: [
      policy("sickness", "Sickness absence policy", "workforce", "2027-01-31"),
      policy("prescribing", "Prescribing policy", "clinical", "2026-11-22"),
      policy("recruitment", "Recruitment policy", "workforce", "2026-03-31"),
      policy("risk", "Risk management policy", "governance", "2026-11-23"),
      policy("annual-leave", "Annual leave policy", "workforce", "2028-04-30"),
    ],
  },
  TODAY,
);

describe("buildPoliciesView", () => {
  it("groups policies by category in the library's fixed order, leaving out empty categories", () => {
    expect(view.categories.map((category) => category.label)).toEqual(["Governance", "Workforce", "Clinical"]);
  });

  it("sorts the policies in a category by title", () => {
    expect(view.categories[1]?.policies.map((item) => item.title)).toEqual([
      "Annual leave policy",
      "Recruitment policy",
      "Sickness absence policy",
    ]);
  });

  it("flags a policy as review overdue only when today is after its review date", () => {
    expect(view.all.map((item) => [item.id, item.reviewOverdue])).toEqual([
      ["annual-leave", false],
      ["prescribing", true],
      ["recruitment", true],
      ["risk", false],
      ["sickness", false],
    ]);
    expect(view.overdueCount).toBe(2);
  });

  it("names each policy's category as readers see it", () => {
    expect(view.all.find((item) => item.id === "prescribing")?.categoryLabel).toBe("Clinical");
  });

  it("has no categories and no policies when the library is empty", () => {
    expect(buildPoliciesView({ policies: [] }, TODAY)).toEqual({ all: [], categories: [], overdueCount: 0 });
  });
});
