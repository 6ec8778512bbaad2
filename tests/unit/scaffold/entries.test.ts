/**
 * Each kind of entry `npm run new` adds is valid as it stands: it passes its file's schema, its
 * dates count from the day it is given, its id is the title's and unused, and its references
 * (characteristics, documents) are ones the hub's checks accept. Made from the example hub's data.
 */
import { describe, expect, it } from "vitest";
import { loadHubOrThrow } from "../../../lib/data/load-hub.ts";
import { engagementItemSchema } from "../../../lib/schemas/engagement.ts";
import { objectiveSchema } from "../../../lib/schemas/objectives.ts";
import type { Organisation } from "../../../lib/schemas/organisation.ts";
import { policySchema } from "../../../lib/schemas/policies.ts";
import { reportSchema } from "../../../lib/schemas/reports.ts";
import { newConsultation } from "../../../lib/scaffold/consultation.ts";
import { newObjective } from "../../../lib/scaffold/objective.ts";
import { placeholderDocument } from "../../../lib/scaffold/placeholder-link.ts";
import { newPolicy } from "../../../lib/scaffold/policy.ts";
import { newReport, sameReportIndex } from "../../../lib/scaffold/report.ts";
import { PROJECT_ROOT } from "../../helpers/build-hub.ts";

const { data } = loadHubOrThrow("_data", PROJECT_ROOT);
const today = "2026-11-23";
const characteristicIds = data.protectedCharacteristics.characteristics.map((item) => item.id);

describe("a new policy", () => {
  const entry = newPolicy({ title: "Flexible working policy", today, data });
  const policy = policySchema.parse(entry.value);

  it("passes the policies schema and goes at the end of policies.yaml's list", () => {
    expect(entry.file).toBe("policies.yaml");
    expect(entry.list).toBe("policies");
    expect(policy.title).toBe("Flexible working policy");
  });

  it("is approved on the day and due for review three years later", () => {
    expect(policy.approved.on).toBe("2026-11-23");
    expect(policy.reviewDue).toBe("2029-11-22");
  });

  it("takes its id from the title, and a reference no other policy has", () => {
    expect(policy.id).toBe("flexible-working-policy");
    expect(entry.address).toBe("/policies/flexible-working-policy/");
    expect(data.policies.policies.map((item) => item.reference)).not.toContain(policy.reference);
  });

  it("gets '-2' when a policy already has the title's id", () => {
    const again = newPolicy({ title: "Conflicts of interest", today, data });
    expect(data.policies.policies.map((item) => item.id)).toContain("conflicts-of-interest");
    expect(again.value.id).toBe("conflicts-of-interest-2");
  });

  it("links its document on the organisation's main site, not the hub's own, so the link check passes", () => {
    expect(policy.documents[0]?.url).toBe("https://www.wealdmoor-icb.example/documents/flexible-working-policy.pdf");
    expect(new URL(data.organisation.siteUrl).host).not.toBe("www.wealdmoor-icb.example");
  });

  it("has an EDIT note for every value an editor must change, each at a path the entry has", () => {
    const paths = entry.edits.map((edit) => edit.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["reference", "category", "owner", "approved.on", "reviewDue", "documents.0.url"]),
    );
  });
});

describe("a new objective", () => {
  const entry = newObjective({ title: "Fair pay for every ethnic group", today, data });
  const objective = objectiveSchema.parse(entry.value);

  it("passes the objectives schema, for the four years from this one", () => {
    expect(objective.id).toBe("fair-pay-for-every-ethnic-group");
    expect(objective.period).toEqual({ start: 2026, end: 2030 });
    expect(objective.status).toBe("not-started");
  });

  it("names a protected characteristic the hub has, and one action due a year on", () => {
    expect(characteristicIds).toEqual(expect.arrayContaining(objective.characteristics));
    expect(objective.actions).toEqual([expect.objectContaining({ due: "2027-11-22", status: "not-started" })]);
  });
});

describe("a new consultation", () => {
  const entry = newConsultation({ title: "Changes to patient transport", today, data });
  const consultation = engagementItemSchema.parse(entry.value);

  it("passes the engagement schema as a consultation in engagement.yaml", () => {
    expect(entry.file).toBe("engagement.yaml");
    expect(entry.list).toBe("engagements");
    expect(consultation.kind).toBe("consultation");
  });

  it("opens in two weeks and closes twelve weeks after it opens", () => {
    expect(consultation.opens).toBe("2026-12-07");
    expect(consultation.closes).toBe("2027-03-01");
  });

  it("takes responses at the equality team's email, from a group the hub knows", () => {
    expect(consultation.respond.email).toBe(data.organisation.equalityContact.email);
    expect(characteristicIds).toEqual(expect.arrayContaining(consultation.groups.characteristics));
  });
});

describe("a new report", () => {
  const entry = newReport({ title: "Modern Slavery Act statement", today, data });
  const report = reportSchema.parse(entry.value);

  it("passes the reports schema as a report filed under its title, for the reporting year of the day", () => {
    expect(report.type).toBe("other");
    expect(report.title).toBe("Modern Slavery Act statement");
    expect(report.year).toBe("2026/27");
    expect(report.publishedOn).toBe("2026-11-23");
  });

  it("is found when the archive already has a report of that title for that year", () => {
    expect(sameReportIndex(entry, data)).toBe(-1);
    const filed = { ...data, reports: { reports: [...data.reports.reports, report] } };
    expect(sameReportIndex(newReport({ title: "modern slavery act statement", today, data }), filed)).toBe(
      data.reports.reports.length,
    );
  });
});

describe("a placeholder document", () => {
  it("is a page of the hub when the organisation's main site is the hub's own, so no link is left broken", () => {
    const organisation = {
      ...data.organisation,
      siteUrl: "https://www.wealdmoor-icb.example",
    } as Organisation;
    const { document } = placeholderDocument(organisation, {
      title: "A policy",
      file: "a-policy.pdf",
      fallback: "/policies/a-policy/",
      at: ["documents", 0],
    });
    expect(document).toEqual({ title: "A policy", url: "/policies/a-policy/", format: "web page" });
  });
});
