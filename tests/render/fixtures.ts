/** Named fixtures for the component render tests: the shapes lib/site-data hands the templates. */
import type { GateResultsSummary } from "../../lib/build/gate-results.ts";
import type { HubDocument } from "../../lib/schemas/document.ts";
import type { DomainView, SectionGrading } from "../../lib/site-data/build-site-data.ts";
import type { OutcomeScore, YearGrade, YearTotal } from "../../lib/scorecard/types.ts";
import type { EmployerDutyView } from "../../lib/site-data/employer-duties-view.ts";
import type { MemberView } from "../../lib/site-data/organisation-view.ts";

type Score = 0 | 1 | 2 | 3;
const ratings = ["undeveloped", "developing", "achieving", "excelling"] as const;

/** A grade for one year: a score, or null with the reason it was not graded, if one was given. */
function grade(year: string, score: Score | null, gradedOn: string, gradedBy: string[], reason?: string): YearGrade {
  return score === null
    ? { year, score, rating: null, notGradedReason: reason ?? null, gradedOn: null, gradedBy: [] }
    : { year, score, rating: ratings[score], notGradedReason: null, gradedOn, gradedBy };
}

/** An outcome graded in 2024/25 and 2025/26 (or only the years given scores, from the last). */
function outcome(
  code: string,
  statement: string,
  scores: Array<Score | null>,
  options: { evidence?: OutcomeScore["evidence"]; reason?: string; version?: OutcomeScore["version"] } = {},
): OutcomeScore {
  const years = ["2024/25", "2025/26"].slice(-scores.length);
  const grades = scores.map((score, index) =>
    grade(years[index] ?? "", score, index === 0 ? "2025-01-22" : "2026-01-28", ["Healthwatch"], options.reason),
  );
  const latest = grades.at(-1) ?? null;
  const previous = grades.at(-2)?.score ?? null;
  return {
    version: options.version ?? "eds-2022",
    code,
    statement,
    objective: "fair-access",
    section: Number(code.charAt(0)),
    grades,
    latest,
    change: latest?.score == null || previous === null ? null : latest.score - previous,
    evidence: options.evidence ?? [],
  };
}

export const outcomes = {
  access: outcome("1A", "People can use the services we commission", [1, 2], {
    evidence: [{ title: "Interpreting report 2025", url: "https://example.nhs.uk/interpreting.pdf" }],
  }),
  needs: outcome("1B", "Services meet each person's own health needs", [1, 1]),
  harm: outcome("1C", "People are kept safe from <avoidable> harm", [1, 0]),
  ungraded: outcome("1D", "People have a good experience", [null, null]),
  gradedThisYearOnly: outcome("1D", "People have a good experience", [null, 2], {
    reason: "The survey it rests on came too late.",
  }),
  notGradedThisYear: outcome("1C", "People are kept safe from harm", [2, null]),
  accessFirstYear: outcome("1A", "People can use the services we commission", [2]),
  neverGraded: outcome("1A", "People can use the services we commission", []),
  harassment: outcome("3.4", "Staff are free from harassment", [1, 2], { version: "eds2" }),
};

function total(year: string, score: number, max: number, outcomes: number, ungraded: string[] = []): YearTotal {
  const graded = outcomes - ungraded.length;
  return { year, score, max, outcomes, graded, ungraded, complete: ungraded.length === 0, rating: null };
}

function graded(year: string, gradedOn: string[], gradedBy: string[], notGraded: SectionGrading["notGraded"] = []) {
  return { year, gradedOn, gradedBy, notGraded };
}

const services = { noun: "Domain" as const, number: 1, title: "Commissioned or provided services" };

export const domains: Record<string, DomainView> = {
  servicesTwoYears: {
    ...services,
    outcomes: [outcomes.access, outcomes.needs, outcomes.harm],
    totals: [total("2024/25", 3, 9, 3), total("2025/26", 3, 9, 3)],
    max: 9,
    change: 0,
    graded: [
      graded("2024/25", ["2025-01-22"], ["Healthwatch"]),
      graded("2025/26", ["2026-01-28", "2026-02-03"], ["Healthwatch", "Disability Forum", "Staff networks"]),
    ],
  },
  servicesWithUngraded: {
    ...services,
    outcomes: [outcomes.access, outcomes.notGradedThisYear, outcomes.gradedThisYearOnly],
    totals: [total("2024/25", 3, 6, 3, ["1D"]), total("2025/26", 4, 6, 3, ["1C"])],
    max: 9,
    change: null,
    graded: [
      graded(
        "2024/25",
        ["2025-01-22"],
        ["Healthwatch"],
        [{ code: "1D", reason: "The survey it rests on came too late." }],
      ),
      graded("2025/26", ["2026-01-28"], ["Healthwatch"]),
    ],
  },
  servicesFirstYear: {
    ...services,
    outcomes: [outcomes.accessFirstYear],
    totals: [total("2025/26", 2, 3, 1)],
    max: 3,
    change: null,
    graded: [graded("2025/26", ["2026-01-28"], ["Healthwatch"])],
  },
  servicesNeverGraded: {
    ...services,
    outcomes: [outcomes.neverGraded],
    totals: [],
    max: 3,
    change: null,
    graded: [],
  },
  leadershipEmpty: {
    noun: "Domain",
    number: 3,
    title: "Inclusive leadership",
    outcomes: [],
    totals: [],
    max: 0,
    change: null,
    graded: [],
  },
  workforceGoal: {
    noun: "Goal",
    number: 3,
    title: "A representative and supported workforce",
    outcomes: [outcomes.harassment],
    totals: [total("2024/25", 1, 3, 1), total("2025/26", 2, 3, 1)],
    max: 3,
    change: 1,
    graded: [graded("2024/25", ["2025-01-22"], ["Healthwatch"]), graded("2025/26", ["2026-01-28"], ["Healthwatch"])],
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
