/** Builds outcomes.yaml data for the tests: the 11 EDS 2022 outcomes with given scores by year. */
import { defaultRatingBands, outcomeCodes, type OutcomesFile } from "../../../lib/schemas/outcomes.ts";

type Score = 0 | 1 | 2 | 3;

/** Scores for one reporting year, in code order 1A to 3C; null leaves the outcome ungraded that year. */
export type YearScores = Array<Score | null>;

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
      gradings: Object.entries(scoresByYear).flatMap(([year, scores]) => {
        const score = scores[index];
        return score === null || score === undefined
          ? []
          : [{ year, gradedOn: `${year.slice(0, 4)}-12-01`, score, gradedBy: ["Staff networks", "Healthwatch"] }];
      }),
      evidence: [],
    })),
  };
}
