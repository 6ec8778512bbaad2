/**
 * A small, valid data set for the loader's tests. A test replaces one file with text it spells
 * out, so the line and column it expects can be read off the test itself.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadHub } from "../../../lib/data/load-hub.ts";
import type { DataError } from "../../../lib/data/errors.ts";
import type { LoadResult } from "../../../lib/data/hub.ts";
import type { DataFileName } from "../../../lib/schemas/index.ts";
import { characteristicIds } from "../../../lib/schemas/protected-characteristics.ts";
import { eds2OutcomeCodes, outcomeCodes } from "../../../lib/schemas/outcomes.ts";

export const organisationYaml = `name: NHS Testshire Integrated Care Board
shortName: NHS Testshire ICB
type: ICB
odsCode: QZT
siteUrl: https://equality.testshire-icb.example
contact:
  email: enquiries@testshire-icb.example
  phone: "0113 496 0900"
  address:
    lines:
      - Test House
    postcode: TS1 1AA
equalityContact:
  team: Equality team
  email: equality@testshire-icb.example
alternativeFormatsContact:
  email: formats@testshire-icb.example
  phone: "0113 496 0901"
employees: 250-or-more
`;

/** Line n + 2 holds the characteristic at index n of `characteristicIds`. */
export function characteristicsYaml(ids: readonly string[] = characteristicIds): string {
  const lines = ids.map(
    (id, index) => `  - { id: ${id}, name: Name ${index}, section: "${index + 5}", description: Described plainly. }`,
  );
  return ["characteristics:", ...lines, ""].join("\n");
}

export const objectivesYaml = `objectives:
  - id: fair-access
    title: Fair access
    summary: Make services easier to reach.
    period: { start: 2024, end: 2028 }
    lead: Director of Nursing
    status: on-track
    psedAims: [advance-equality]
    characteristics: [disability, age]
    actions:
      - { title: Fund interpreting, due: "2026-06-30", status: complete }
`;

/** Line 6 + n holds the outcome at index n of `outcomeCodes`; `edit` changes the lines first. */
export function outcomesYaml(edit: (lines: string[]) => string[] = (lines) => lines): string {
  const outcomes = outcomeCodes.map(
    (code) =>
      `  - { code: ${code}, statement: Outcome ${code}, objective: fair-access, gradings: [{ year: "2025/26", gradedOn: "2026-01-28", score: 1, gradedBy: [Healthwatch] }] }`,
  );
  const lines = [
    "domains:",
    "  - { number: 1, title: Services }",
    "  - { number: 2, title: Workforce }",
    "  - { number: 3, title: Leadership }",
    "outcomes:",
    ...outcomes,
  ];
  return [...edit(lines), ""].join("\n");
}

/**
 * An `eds2:` section with EDS2's 4 goals and 18 outcomes, graded in 2016/17 at one grading event
 * that gives each grading its date and who took part. Line 10 + n holds the outcome at index n of
 * `eds2OutcomeCodes` (line 1 is `eds2:`); `edit` changes the lines first.
 */
export function eds2Yaml(edit: (lines: string[]) => string[] = (lines) => lines): string {
  const outcomes = eds2OutcomeCodes.map(
    (code) => `    - { code: ${code}, statement: EDS2 outcome ${code}, gradings: [{ year: "2016/17", score: 1 }] }`,
  );
  const lines = [
    "eds2:",
    "  goals:",
    "    - { number: 1, title: Better health outcomes }",
    "    - { number: 2, title: Improved patient access and experience }",
    "    - { number: 3, title: A representative and supported workforce }",
    "    - { number: 4, title: Inclusive leadership }",
    "  events:",
    '    - { year: "2016/17", date: "2017-02-15", tookPart: [Healthwatch, Staff forum] }',
    "  outcomes:",
    ...outcomes,
  ];
  return [...edit(lines), ""].join("\n");
}

export const scheduleYaml = `entries:
  - id: gender-pay-gap
    title: Gender pay gap report
    duty: Equality Act 2010 (Specific Duties and Public Authorities) Regulations 2017
    rule: { type: fixed-yearly, date: "03-30" }
    lastPublished: { date: "2026-03-24", url: /reports/gender-pay-gap/ }
    owner: Chief People Officer
`;

export const legalDutiesYaml = `duties:
  - id: psed
    kind: general-equality-duty
    title: The public sector equality duty
    law: Equality Act 2010
    provision: section 149
    summary: Think about three aims in everything we do.
    aims:
      - { id: eliminate-discrimination, name: Eliminate discrimination, description: End unlawful conduct. }
      - { id: advance-equality, name: Advance equality, description: Advance equality of opportunity. }
      - { id: foster-good-relations, name: Foster good relations, description: Foster good relations. }
    metBy:
      schedule: [gender-pay-gap]
  - id: specific-duties
    kind: specific-duty
    title: The specific duties
    law: SI 2017/353
    summary: Publish information and objectives.
  - id: reducing-inequalities
    kind: nhs-act
    title: Reduce inequalities
    law: National Health Service Act 2006
    section: "14Z35"
    summary: Reduce inequalities in access and outcomes.
  - id: human-rights
    kind: human-rights
    title: Human rights
    law: Human Rights Act 1998
    summary: Respect human rights.
`;

// A real hub reviews the statement on an interval entry; this small set reuses its one entry.
export const accessibilityStatementYaml = `complianceStatus: fully-compliant
preparedOn: "2026-01-10"
lastReviewedOn: "2026-03-24"
reviewEntry: gender-pay-gap
`;

export const validFiles: Record<DataFileName, string> = {
  "organisation.yaml": organisationYaml,
  "protected-characteristics.yaml": characteristicsYaml(),
  "objectives.yaml": objectivesYaml,
  "outcomes.yaml": outcomesYaml(),
  "publication-schedule.yaml": scheduleYaml,
  "legal-duties.yaml": legalDutiesYaml,
  "accessibility-statement.yaml": accessibilityStatementYaml,
  "policies.yaml": "policies: []\n",
  "engagement.yaml": "engagements: []\n",
  "reports.yaml": "reports: []\n",
  "redirects.yaml": "redirects: []\n",
};

/**
 * Writes the data set with `changes` (text replaces a file, null leaves it out) into a temporary
 * project, loads it as the build would, and removes it again. With `today`, the rules that turn
 * on the day of the build are checked too, as the build checks them.
 */
export function loadFixture(changes: Partial<Record<string, string | null>> = {}, today?: string): LoadResult {
  const root = mkdtempSync(path.join(os.tmpdir(), "equality-hub-data-"));
  try {
    mkdirSync(path.join(root, "_data"));
    for (const [name, text] of Object.entries({ ...validFiles, ...changes })) {
      if (typeof text === "string") writeFileSync(path.join(root, "_data", name), text);
    }
    return loadHub("_data", root, today);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The errors `changes` cause; fails the test when the data loads. */
export function errorsFor(changes: Partial<Record<string, string | null>>, today?: string): DataError[] {
  const result = loadFixture(changes, today);
  if (result.ok) throw new Error("expected the data to be rejected, but it loaded");
  return result.errors;
}
