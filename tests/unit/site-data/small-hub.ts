/**
 * A small hub for the site-data tests: two objectives, three characteristics, four outcomes over
 * two years and two schedule entries. Tests pin today to 2026-11-23 like the example hub.
 */
import type { HubData } from "../../../lib/data/hub.ts";
import type { Outcome } from "../../../lib/schemas/outcomes.ts";

export const TODAY = "2026-11-23";

function outcome(
  code: Outcome["code"],
  objective: string,
  scores: [0 | 1 | 2 | 3, 0 | 1 | 2 | 3],
  gradedOn: string,
  gradedBy: string[],
): Outcome {
  return {
    code,
    statement: `Outcome ${code}`,
    objective,
    gradings: [
      { year: "2024/25", gradedOn: "2025-01-20", score: scores[0], gradedBy: ["Healthwatch"] },
      { year: "2025/26", gradedOn, score: scores[1], gradedBy },
    ],
    notGraded: [],
    evidence: [],
  };
}

export function smallHub(): HubData {
  return {
    organisation: {
      name: "NHS Testshire Integrated Care Board",
      shortName: "NHS Testshire ICB",
      type: "ICB",
      odsCode: "QZZ",
      siteUrl: "https://equality.testshire.example",
      contact: {
        email: "hello@testshire.example",
        phone: "0113 496 0000",
        address: { lines: ["1 Test Street"], postcode: "TS1 1AA" },
      },
      equalityContact: { team: "Equality team", email: "equality@testshire.example" },
      alternativeFormatsContact: {
        email: "formats@testshire.example",
        phone: "0113 496 0001",
        formats: ["easy-read", "braille"],
      },
    },
    protectedCharacteristics: {
      characteristics: [
        { id: "age", name: "Age", section: "5", description: "How old someone is." },
        { id: "disability", name: "Disability", section: "6", description: "A long-term condition." },
        {
          id: "sexual-orientation",
          name: "Sexual orientation",
          section: "12",
          description: "Who someone is attracted to.",
        },
      ],
    },
    objectives: {
      objectives: [
        {
          id: "fair-access",
          title: "Fair access",
          summary: "Make services easier to reach.",
          period: { start: 2024, end: 2028 },
          lead: "Director of Nursing",
          status: "on-track",
          psedAims: ["advance-equality", "eliminate-discrimination"],
          characteristics: ["disability", "age"],
          actions: [
            { title: "Done late", due: "2026-01-31", status: "complete" },
            { title: "Missed", due: "2026-11-22", status: "in-progress" },
            { title: "Due today", due: "2026-11-23", status: "not-started" },
          ],
        },
        {
          id: "inclusive-workforce",
          title: "Inclusive workforce",
          summary: "Treat staff fairly.",
          period: { start: 2024, end: 2028 },
          lead: "Chief People Officer",
          status: "at-risk",
          psedAims: ["foster-good-relations"],
          characteristics: ["disability"],
          actions: [],
        },
      ],
    },
    outcomes: {
      ratingBands: [
        { rating: "undeveloped", min: 0, max: 7 },
        { rating: "developing", min: 8, max: 21 },
        { rating: "achieving", min: 22, max: 32 },
        { rating: "excelling", min: 33, max: 33 },
      ],
      domains: [
        { number: 2, title: "Workforce health and well-being" },
        { number: 1, title: "Commissioned or provided services" },
        { number: 3, title: "Inclusive leadership" },
      ],
      outcomes: [
        outcome("1B", "fair-access", [1, 2], "2026-01-28", ["Healthwatch", "Disability Forum"]),
        outcome("1A", "fair-access", [1, 1], "2026-02-03", ["Disability Forum", "Carers' group"]),
        outcome("2A", "inclusive-workforce", [2, 3], "2026-01-15", ["Staff networks"]),
        outcome("3A", "inclusive-workforce", [0, 0], "2026-01-15", ["Staff networks"]),
      ],
      events: [],
    },
    publicationSchedule: {
      dueSoonDays: 60,
      entries: [
        {
          id: "gender-pay-gap",
          title: "Gender pay gap report",
          duty: "Equality Act 2010 (Specific Duties and Public Authorities) Regulations 2017",
          rule: { type: "fixed-yearly", date: "03-30" },
          lastPublished: { date: "2026-03-24", url: "/gpg.pdf" },
          owner: "Chief People Officer",
        },
        {
          id: "wres",
          title: "Workforce Race Equality Standard report",
          duty: "NHS Standard Contract",
          rule: { type: "fixed-yearly", date: "10-31" },
          lastPublished: { date: "2025-10-29", url: "/wres.pdf" },
          owner: "Chief People Officer",
        },
      ],
    },
    legalDuties: {
      duties: [
        {
          id: "psed",
          kind: "general-equality-duty",
          title: "The public sector equality duty",
          law: "Equality Act 2010",
          provision: "section 149",
          summary: "Three aims.",
          // Out of order on purpose: the site shows them in the order of s.149(1).
          aims: [
            { id: "foster-good-relations", name: "Foster good relations", description: "Foster good relations." },
            { id: "eliminate-discrimination", name: "Eliminate discrimination", description: "End unlawful conduct." },
            { id: "advance-equality", name: "Advance equality of opportunity", description: "Advance equality." },
          ],
          metBy: { schedule: ["wres", "gender-pay-gap"], objectives: ["fair-access"] },
        },
        {
          id: "reducing-inequalities",
          kind: "nhs-act",
          title: "Reduce inequalities",
          law: "National Health Service Act 2006",
          section: "14Z35",
          formerSection: "14T",
          summary: "Reduce inequalities.",
          metBy: { schedule: [], objectives: [] },
        },
      ],
    },
    accessibilityStatement: {
      complianceStatus: "partially-compliant",
      nonAccessibleContent: [
        {
          description: "Old PDFs.",
          reason: "non-compliance",
          criteria: ["1.3.1 Info and Relationships"],
          fixBy: "2027-03-31",
        },
        { description: "Board papers from 2017.", reason: "out-of-scope", criteria: [] },
      ],
      responseDays: 5,
      preparedOn: "2025-12-19",
      lastReviewedOn: "2025-12-19",
      reviewEntry: "wres",
    },
    policies: { policies: [] },
    engagement: { outcomeExpectedWithinWeeks: 12, engagements: [] },
    reports: { reports: [] },
    redirects: { redirects: [] },
  };
}
