/** The legal duties page's content: grouped by law, with today's status of what shows each is met. */
import { describe, expect, it } from "vitest";
import { buildSiteData } from "../../../lib/site-data/build-site-data.ts";
import { smallHub, TODAY } from "./small-hub.ts";

describe("the legal duties as the page shows them", () => {
  const site = buildSiteData(smallHub(), TODAY);

  it("groups duties by the law they come from, leaving out empty groups", () => {
    expect(site.legalDuties.map((group) => [group.heading, group.duties.map((duty) => duty.id)])).toEqual([
      ["The Equality Act 2010", ["psed"]],
      ["NHS duties", ["reducing-inequalities"]],
    ]);
  });

  it("resolves what shows a duty is met to schedule rows with today's status, and to objectives", () => {
    const psed = site.legalDuties[0]?.duties[0];
    expect(psed?.schedule.map((row) => [row.entry.id, row.status])).toEqual([
      ["wres", "overdue"],
      ["gender-pay-gap", "published"],
    ]);
    expect(psed?.objectives.map((objective) => objective.title)).toEqual(["Fair access"]);
  });

  it("puts the general duty's aims in the order of s.149(1), whatever order the YAML lists them in", () => {
    expect(site.psedAims.map((aim) => aim.id)).toEqual([
      "eliminate-discrimination",
      "advance-equality",
      "foster-good-relations",
    ]);
  });

  it("groups the accessibility statement's content by reason and finds its review in the schedule", () => {
    expect(site.accessibilityStatement.nonAccessibleContent["non-compliance"].map((item) => item.description)).toEqual([
      "Old PDFs.",
    ]);
    expect(site.accessibilityStatement.nonAccessibleContent["disproportionate-burden"]).toEqual([]);
    expect(site.accessibilityStatement.review?.entry.id).toBe("wres");
  });
});
