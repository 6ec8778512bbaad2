/**
 * Every app- component takes nhsuk-frontend's contract: `classes` and `attributes` land on its
 * outermost element, in each of its states, with attribute values escaped. The templates render
 * `attributes` with nhsuk-frontend's own nhsukAttributes macro, which it marks @private: these
 * tests are what would catch an nhsuk-frontend update changing it.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/build-hub.ts";
import { contacts, documents, domains, employerDuties, gateResults, members, outcomes } from "./fixtures.ts";
import { renderComponent } from "./render-component.ts";

interface ComponentCase {
  folder: string;
  macro: string;
  /** The class the component always puts on its outermost element. */
  ownClass: string;
  /** Each state that renders an element, by a phrase that ends the test's name. */
  states: Record<string, Record<string, unknown>>;
}

const components: ComponentCase[] = [
  {
    folder: "change",
    macro: "appChange",
    ownClass: "app-change",
    states: { "with a change": { change: 1 }, "without a previous grading": { change: null } },
  },
  {
    folder: "contact-details",
    macro: "appContactDetails",
    ownClass: "app-contact-details",
    states: { "with contact details": contacts.formats, "with no contact details": contacts.none },
  },
  {
    folder: "date",
    macro: "appDate",
    ownClass: "app-date",
    states: { "with a date": { date: "2026-12-27" }, "without a date": { date: null } },
  },
  {
    folder: "document-link",
    macro: "appDocumentLink",
    ownClass: "app-document",
    states: { "with a document": { document: documents.pdf }, "without a document": {} },
  },
  {
    folder: "employer-duties",
    macro: "appEmployerDuties",
    ownClass: "app-employer-duties",
    // Without duties it renders nothing, so there is no element to take classes.
    states: { "with duties that do not apply": { duties: employerDuties.smallEmployer } },
  },
  {
    folder: "engagement-status-tag",
    macro: "appEngagementStatusTag",
    ownClass: "app-engagement-status-tag",
    states: { "with a status": { status: "open", text: "Open" } },
  },
  {
    folder: "gate-results",
    macro: "appGateResults",
    ownClass: "app-gate-results",
    states: { "with the gate's results": { results: gateResults.passed }, "without results": {} },
  },
  {
    folder: "members",
    macro: "appMembers",
    ownClass: "app-members",
    states: {
      "with members": { members: members.two, text: "This hub is shared by 2 clinical commissioning groups:" },
      "without members": { members: [] },
    },
  },
  {
    folder: "outcome-ratings",
    macro: "appOutcomeRatings",
    ownClass: "app-outcome-ratings",
    states: {
      "with outcomes": { outcomes: [outcomes.access], caption: "Outcomes under this objective" },
      "without outcomes": { outcomes: [], caption: "Outcomes" },
    },
  },
  {
    folder: "rating-tag",
    macro: "appRatingTag",
    ownClass: "app-rating-tag",
    states: { "with a rating": { rating: "achieving" }, "without a rating": { rating: null } },
  },
  {
    folder: "schedule-status-tag",
    macro: "appScheduleStatusTag",
    ownClass: "app-schedule-status-tag",
    states: { "with a status": { status: "overdue" } },
  },
  {
    folder: "search-filters",
    macro: "appSearchFilters",
    ownClass: "app-search-filters",
    states: {
      "with a type, characteristics and years": {
        facets: { type: "Equality objective", characteristics: ["Disability"], years: ["2025"] },
        names: { type: "Page type", characteristics: "Protected characteristic", years: "Year" },
      },
      "with only a type": {
        facets: { type: "Information page", characteristics: [], years: [] },
        names: { type: "Page type", characteristics: "Protected characteristic", years: "Year" },
      },
    },
  },
  {
    folder: "scorecard-table",
    macro: "appScorecardTable",
    ownClass: "app-scorecard-table",
    states: {
      "with outcomes": { section: domains.servicesTwoYears },
      "with an outcome not graded": { section: domains.servicesWithUngraded },
      "before any grading": { section: domains.servicesNeverGraded },
      "when the domain lists no outcomes": { section: domains.leadershipEmpty },
    },
  },
];

const extra = { classes: "app-test-extra", attributes: { "data-test": "x", id: "y" } };
const awkwardValue = 'say "hi" <b>now</b>';

/** The rendered fragment and its outermost elements: a component renders exactly one. */
function render(component: ComponentCase, params: Record<string, unknown>) {
  const fragment = renderComponent(component.folder, component.macro, params);
  return { fragment, roots: [...fragment.children] };
}

describe("the list of components under test", () => {
  it("names every folder in site/_includes/components, so a new component cannot be left out", () => {
    const folders = readdirSync(path.join(PROJECT_ROOT, "site/_includes/components"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(components.map((component) => component.folder).sort()).toEqual(folders.sort());
  });
});

for (const component of components) {
  describe(component.macro, () => {
    for (const [state, params] of Object.entries(component.states)) {
      it(`adds the classes it is given to its one outermost element and keeps its own, ${state}`, () => {
        const { roots } = render(component, { ...params, ...extra });
        expect(
          roots.map((root) => [root.classList.contains(component.ownClass), root.classList.contains("app-test-extra")]),
        ).toEqual([[true, true]]);
      });

      it(`puts the attributes it is given on its outermost element, ${state}`, () => {
        const { roots } = render(component, { ...params, ...extra });
        expect(roots.map((root) => [root.getAttribute("data-test"), root.getAttribute("id")])).toEqual([["x", "y"]]);
      });

      it(`escapes quotes and angle brackets in an attribute's value, ${state}`, () => {
        const { fragment, roots } = render(component, { ...params, attributes: { "data-test": awkwardValue } });
        expect([
          fragment.html.includes('data-test="say &quot;hi&quot; &lt;b&gt;now&lt;/b&gt;"'),
          roots[0]?.getAttribute("data-test"),
          fragment.querySelector("b"),
        ]).toEqual([true, awkwardValue, null]);
      });
    }
  });
}
