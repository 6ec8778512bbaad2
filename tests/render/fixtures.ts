/** Named fixtures for the component render tests: the shapes lib/site-data hands the templates. */
import type { GateResultsSummary } from "../../lib/build/gate-results.ts";
import type { HubDocument } from "../../lib/schemas/document.ts";
import type { DomainView } from "../../lib/site-data/build-site-data.ts";
import type { Outcome } from "../../lib/schemas/outcomes.ts";
import type { OutcomeScore } from "../../lib/scorecard/types.ts";
import type { EmployerDutyView } from "../../lib/site-data/employer-duties-view.ts";
import type { MemberView } from "../../lib/site-data/organisation-view.ts";

type Score = 0 | 1 | 2 | 3;
const ratings = ["undeveloped", "developing", "achieving", "excelling"] as const;

function outcome(
  code: OutcomeScore["code"],
  statement: string,
  score: Score | null,
  previousScore: Score | null,
  evidence: Outcome["evidence"] = [],
): OutcomeScore {
  return {
    code,
    statement,
    objective: "fair-access",
    domain: Number(code.charAt(0)) as 1 | 2 | 3,
    score,
    rating: score === null ? null : ratings[score],
    previousScore,
    change: score === null || previousScore === null ? null : score - previousScore,
    gradedOn: score === null ? null : "2026-01-28",
    gradedBy: score === null ? [] : ["Healthwatch"],
    outcome: { code, statement, objective: "fair-access", gradings: [], evidence },
  };
}

export const outcomes = {
  access: outcome("1A", "People can use the services we commission", 2, 1, [
    { title: "Interpreting report 2025", url: "https://example.nhs.uk/interpreting.pdf" },
  ]),
  needs: outcome("1B", "Services meet each person's own health needs", 1, 1),
  harm: outcome("1C", "People are kept safe from <avoidable> harm", 0, 1),
  ungraded: outcome("1D", "People have a good experience", null, null),
};

export const domains: Record<string, DomainView> = {
  servicesTwoYears: {
    domain: { number: 1, title: "Commissioned or provided services" },
    outcomes: [outcomes.access, outcomes.needs, outcomes.harm],
    subtotal: 3,
    max: 9,
    previousSubtotal: 3,
    change: 0,
    gradedOn: ["2026-01-28", "2026-02-03"],
    gradedBy: ["Healthwatch", "Disability Forum", "Staff networks"],
  },
  servicesFirstYear: {
    domain: { number: 1, title: "Commissioned or provided services" },
    outcomes: [outcomes.access],
    subtotal: 2,
    max: 3,
    previousSubtotal: null,
    change: null,
    gradedOn: ["2026-01-28"],
    gradedBy: ["Healthwatch"],
  },
  leadershipEmpty: {
    domain: { number: 3, title: "Inclusive leadership" },
    outcomes: [],
    subtotal: 0,
    max: 0,
    previousSubtotal: null,
    change: null,
    gradedOn: [],
    gradedBy: [],
  },
};

export const contacts = {
  formats: {
    email: "formats@example.nhs.uk",
    phone: "0113 496 0456",
    textRelay: { service: "Relay UK", number: "18001 0113 496 0456" },
  },
  severalPhones: {
    phones: [
      { label: "Switchboard", number: "0113 496 0000" },
      { label: "Complaints <free>", number: "0808 157 0192" },
    ],
    textRelay: { service: "Next Generation Text Service", number: "18001 0113 496 0000" },
  },
  postal: {
    email: "hello@example.nhs.uk",
    address: { lines: ["Riverside House", "2 Mill Lane"], postcode: "WM1 4AB" },
  },
  none: {},
};

export const documents: Record<string, HubDocument> = {
  pdf: {
    title: "Recruitment policy",
    url: "https://www.example.nhs.uk/recruitment.pdf",
    format: "PDF",
    size: "240 KB",
  },
};

export const gateResults: Record<string, GateResultsSummary> = {
  passed: {
    date: "2026-11-23",
    pagesChecked: 24,
    standard: "WCAG 2.2 AA",
    tools: ["axe", "HTML_CodeSniffer"],
    problems: 0,
  },
};

export const members: Record<string, MemberView[]> = {
  two: [
    { name: "NHS North Wealdshire Clinical Commissioning Group", odsCode: "99A", type: "CCG", closed: false },
    {
      name: "NHS South Wealdshire Clinical Commissioning Group",
      odsCode: "99B",
      type: "CCG",
      closedOn: "2020-04-01",
      closed: true,
    },
  ],
  closing: [
    {
      name: "NHS Oakvale Clinical Commissioning Group",
      odsCode: "03X",
      type: "CCG",
      closedOn: "2022-07-01",
      closed: false,
    },
  ],
};

export const employerDuties: Record<string, EmployerDutyView[]> = {
  smallEmployer: [
    {
      id: "employee-information",
      applies: false,
      reason: "We employ fewer than 150 people, so we do not have to publish equality information about our employees.",
    },
    {
      id: "gender-pay-gap",
      applies: false,
      reason: "We employ fewer than 250 people, so we do not have to publish a gender pay gap report.",
      voluntary: "We publish one voluntarily.",
    },
  ],
};
