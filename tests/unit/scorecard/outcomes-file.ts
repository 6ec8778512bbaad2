/** Builds outcomes.yaml data for the tests: the 11 EDS 2022 outcomes, or the 18 of EDS2, with given scores by year. */
import {
  defaultRatingBands,
  eds2OutcomeCodes,
  outcomeCodes,
  type Eds2Record,
  type OutcomesFile,
} from "../../../lib/schemas/outcomes.ts";

type Score = 0 | 1 | 2 | 3;

/** Scores for one reporting year, in code order; null leaves the outcome ungraded that year. */
export type YearScores = Array<Score | null>;

function gradings(scoresByYear: Record<string, YearScores>, index: number) {
  return Object.entries(scoresByYear).flatMap(([year, scores]) => {
    const score = scores[index];
    return score === null || score === undefined
      ? []
      : [{ year, gradedOn: `${year.slice(0, 4)}-12-01`, score, gradedBy: ["Staff networks", "Healthwatch"] }];
  });
}

export function outcomesFile(scoresByYear: Record<string, YearScores>, ratingBands = defaultRatingBands): OutcomesFile {
  return {
    ratingBands,
    domains: [
      { number: 1, title: "Commissioned or provided services" },
      { number: 2, title: "Workforce health and well-being" },
      { number: 3, title: "Inclusive leadership" },
    ],
    outcomes: outcomeCodes.map((code, index) => ({
      code,
      statement: `Outcome ${code} as worded locally`,
      objective: "fair-access",
      gradings: gradings(scoresByYear, index),
      notGraded: [],
      evidence: [],
    })),
    events: [],
  };
}

/** The EDS2 record, 1.1 to 4.3, graded without dates or groups of its own: `events` must give them. */
export function eds2Record(scoresByYear: Record<string, YearScores>, extra: Partial<Eds2Record> = {}): Eds2Record {
  return {
    goals: [
      { number: 1, title: "Better health outcomes" },
      { number: 2, title: "Improved patient access and experience" },
      { number: 3, title: "A representative and supported workforce" },
      { number: 4, title: "Inclusive leadership" },
    ],
    outcomes: eds2OutcomeCodes.map((code, index) => ({
      code,
      statement: `EDS2 outcome ${code}`,
      gradings: gradings(scoresByYear, index).map(({ year, score }) => ({ year, score })),
      notGraded: [],
      evidence: [],
    })),
    events: Object.keys(scoresByYear).map((year) => ({
      year,
      date: `${Number(year.slice(0, 4)) + 1}-02-10`,
      title: `Grading event ${year}`,
      tookPart: ["Healthwatch", "Staff forum"],
    })),
    ...extra,
  };
}

/** A file that records EDS2 alone, as a CCG that closed in 2022 would. */
export function eds2OnlyFile(scoresByYear: Record<string, YearScores>, extra: Partial<Eds2Record> = {}): OutcomesFile {
  return { ratingBands: defaultRatingBands, events: [], eds2: eds2Record(scoresByYear, extra) };
}
