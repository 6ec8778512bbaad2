/**
 * The legal duties page's content: grouped by law, cited with the law of the organisation's type,
 * summaries rendered from markdown, with today's status of what shows each is met.
 */
import { describe, expect, it } from "vitest";
import type { HubData } from "../../../lib/data/hub.ts";
import type { LegalDuty } from "../../../lib/schemas/legal-duties.ts";
import { buildSiteData } from "../../../lib/site-data/build-site-data.ts";
import { smallHub, TODAY } from "./small-hub.ts";

const nhsEnglandDuty: LegalDuty = {
  id: "nhs-england-inequalities",
  kind: "nhs-act",
  title: "NHS England's duty to reduce inequalities",
  law: "National Health Service Act 2006",
  section: "13G",
  owedBy: "NHS England",
  summary: "NHS England must think about reducing inequalities.",
  metBy: { schedule: ["wres"], objectives: [] },
};

/** The small hub as a CCG: its NHS duty cited with the 2012 Act's section, and NHS England's 13G. */
function ccgHub(): HubData {
  const hub = smallHub();
  hub.organisation.type = "CCG";
  hub.legalDuties.duties = hub.legalDuties.duties.map((duty) =>
    duty.kind === "nhs-act" ? { ...duty, section: "14T", formerSection: undefined } : duty,
  );
  hub.legalDuties.duties.push(nhsEnglandDuty);
  return hub;
}

function nhsDuties(hub: HubData) {
  return buildSiteData(hub, TODAY).legalDuties.find((group) => group.id === "nhs-duties");
}

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

describe("the NHS duties of an integrated care board", () => {
  const group = nhsDuties(smallHub());

  it("cite the 2022 Act's section, with the CCG's number before 1 July 2022", () => {
    expect(group?.duties.map((duty) => duty.citation)).toEqual([
      "National Health Service Act 2006, section 14Z35 (section 14T before 1 July 2022)",
    ]);
  });

  it("say whose duties they are, and give a table of both numbers", () => {
    expect(group?.intro).toBe(
      "Our duties in this section are those of an integrated care board in the National Health Service Act 2006, as amended by the Health and Care Act 2022. Clinical commissioning groups had them under other section numbers before 1 July 2022, and older papers use those.",
    );
    expect(group?.sectionTable?.head.map((cell) => cell.text)).toEqual([
      "Duty",
      "As an integrated care board",
      "Before 1 July 2022, as a clinical commissioning group",
    ]);
    expect(group?.sectionTable?.rows).toEqual([
      [{ text: "Reduce inequalities" }, { text: "Section 14Z35" }, { text: "Section 14T" }],
    ]);
  });
});

describe("the NHS duties of a clinical commissioning group", () => {
  const group = nhsDuties(ccgHub());

  it("cite the 2012 Act's section only, and NHS England's duty as NHS England's", () => {
    expect(group?.duties.map((duty) => duty.citation)).toEqual([
      "National Health Service Act 2006, section 14T",
      "National Health Service Act 2006, section 13G: NHS England's duty, not ours",
    ]);
  });

  it("say they are a clinical commissioning group's, with no table of former numbers", () => {
    expect(group?.intro).toBe(
      "Our duties in this section are those of a clinical commissioning group in the National Health Service Act 2006, as amended by the Health and Social Care Act 2012.",
    );
    expect(group?.sectionTable).toBeUndefined();
  });

  it("head what shows NHS England's duty is met as how we support it", () => {
    expect(group?.duties.map((duty) => [duty.metByHeading, duty.schedule.map((row) => row.entry.id)])).toEqual([
      ["How we meet this duty", []],
      ["How we support NHS England's duty", ["wres"]],
    ]);
  });
});

describe("a duty's summary", () => {
  it("renders its limbs as an NHS.UK bullet list, with inline markdown and links", () => {
    const hub = smallHub();
    hub.legalDuties.duties[1] = {
      ...hub.legalDuties.duties[1]!,
      summary:
        "We must involve people:\n\n- (a) in **planning**\n- (b) in [proposals](/engagement/)\n- (c) in decisions",
    };
    expect(nhsDuties(hub)?.duties[0]?.summaryHtml).toBe(
      [
        "<p>We must involve people:</p>",
        '<ul class="nhsuk-list nhsuk-list--bullet">',
        "<li>(a) in <strong>planning</strong></li>",
        '<li>(b) in <a href="/engagement/">proposals</a></li>',
        "<li>(c) in decisions</li>",
        "</ul>",
        "",
      ].join("\n"),
    );
  });

  it("escapes text that looks like HTML rather than passing it through", () => {
    const hub = smallHub();
    hub.legalDuties.duties[1] = { ...hub.legalDuties.duties[1]!, summary: "Fish & <chips>" };
    expect(nhsDuties(hub)?.duties[0]?.summaryHtml).toBe("<p>Fish &amp; &lt;chips&gt;</p>\n");
  });
});
