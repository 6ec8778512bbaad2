import { describe, expect, it } from "vitest";
import { buildScorecard } from "../../../lib/scorecard/build-scorecard.ts";
import type { OutcomesFile } from "../../../lib/schemas/outcomes.ts";
import { outcomesFile } from "./outcomes-file.ts";

//                 1A 1B 1C 1D  2A 2B 2C 2D  3A 3B 3C
const LAST_YEAR = [1, 1, 0, 1, 2, 1, 1, 1, 1, 0, 1] as const; // 10: Developing
const THIS_YEAR = [2, 1, 1, 2, 2, 2, 1, 2, 3, 2, 2] as const; // 20: Developing
const twoYears = () => outcomesFile({ "2025/26": [...THIS_YEAR], "2024/25": [...LAST_YEAR] });

function shuffled(file: OutcomesFile): OutcomesFile {
  return { ...file, domains: [...file.domains].reverse(), outcomes: [...file.outcomes].reverse() };
}

describe("buildScorecard", () => {
  it("lists the graded years oldest first, whatever their order in the file", () => {
    expect(buildScorecard(twoYears()).years).toEqual(["2024/25", "2025/26"]);
  });

  it("reports the latest year and the one before it", () => {
    const { year, previousYear } = buildScorecard(twoYears());
    expect({ year, previousYear }).toEqual({ year: "2025/26", previousYear: "2024/25" });
  });

  it("lists the domains 1 to 3 with their outcomes in code order, whatever the file's order", () => {
    const scorecard = buildScorecard(shuffled(twoYears()));
    const layout = scorecard.domains.map((domain) => [
      domain.domain.number,
      domain.outcomes.map((outcome) => outcome.code),
    ]);
    expect(layout).toEqual([
      [1, ["1A", "1B", "1C", "1D"]],
      [2, ["2A", "2B", "2C", "2D"]],
      [3, ["3A", "3B", "3C"]],
    ]);
  });

  it("gives each outcome its latest score, rating and grading, with last year's score and the change", () => {
    const outcome = buildScorecard(twoYears()).domains[2]?.outcomes[0];
    expect(outcome && { ...outcome, outcome: undefined }).toEqual({
      code: "3A",
      statement: "Outcome 3A as worded locally",
      objective: "fair-access",
      domain: 3,
      score: 3,
      rating: "excelling",
      previousScore: 1,
      change: 2,
      gradedOn: "2025-12-01",
      gradedBy: ["Staff networks", "Healthwatch"],
      outcome: undefined,
    });
  });

  it("totals each domain against 3 for each of its outcomes, with last year's total and the change", () => {
    const totals = buildScorecard(twoYears()).domains.map(({ subtotal, max, previousSubtotal, change }) => ({
      subtotal,
      max,
      previousSubtotal,
      change,
    }));
    expect(totals).toEqual([
      { subtotal: 6, max: 12, previousSubtotal: 3, change: 3 },
      { subtotal: 7, max: 12, previousSubtotal: 5, change: 2 },
      { subtotal: 7, max: 9, previousSubtotal: 2, change: 5 },
    ]);
  });

  it("sums the 11 outcomes out of 33 and rates the total from the bands, against last year", () => {
    expect(buildScorecard(twoYears()).overall).toEqual({
      score: 20,
      max: 33,
      rating: "developing",
      previousScore: 10,
      previousRating: "developing",
      change: 10,
    });
  });

  it("rates the total from the organisation's own bands", () => {
    const allExcelling = outcomesFile({ "2025/26": Array(11).fill(3), "2024/25": [2, ...Array(10).fill(3)] }, [
      { rating: "undeveloped", min: 0, max: 7 },
      { rating: "developing", min: 8, max: 21 },
      { rating: "achieving", min: 22, max: 30 },
      { rating: "excelling", min: 31, max: 33 },
    ]);
    const { rating, previousRating } = buildScorecard(allExcelling).overall;
    expect({ rating, previousRating }).toEqual({ rating: "excelling", previousRating: "excelling" });
  });

  it("shows no previous year or change when only one year is graded", () => {
    const { previousYear, overall, domains } = buildScorecard(outcomesFile({ "2025/26": [...THIS_YEAR] }));
    expect({
      previousYear,
      previous: overall.previousScore,
      change: overall.change,
      domainChange: domains[0]?.change,
      outcomeChange: domains[0]?.outcomes[0]?.change,
    }).toEqual({ previousYear: null, previous: null, change: null, domainChange: null, outcomeChange: null });
  });

  it("shows no year, score or rating when nothing is graded yet", () => {
    const { years, year, overall } = buildScorecard(outcomesFile({}));
    expect({ years, year, score: overall.score, rating: overall.rating }).toEqual({
      years: [],
      year: null,
      score: 0,
      rating: null,
    });
  });

  it("leaves an ungraded outcome out of the totals as null, never NaN", () => {
    const missing1B = outcomesFile({ "2025/26": [2, null, 1, 2, 2, 2, 1, 2, 3, 2, 2], "2024/25": [...LAST_YEAR] });
    const scorecard = buildScorecard(missing1B);
    const outcome = scorecard.domains[0]?.outcomes[1];
    expect({
      score: outcome?.score,
      rating: outcome?.rating,
      change: outcome?.change,
      subtotal: scorecard.domains[0]?.subtotal,
      overall: scorecard.overall.score,
    }).toEqual({ score: null, rating: null, change: null, subtotal: 5, overall: 19 });
  });

  it("shows no previous total for a domain nobody graded last year", () => {
    const domainThreeNew = outcomesFile({
      "2025/26": [...THIS_YEAR],
      "2024/25": [1, 1, 0, 1, 2, 1, 1, 1, null, null, null],
    });
    const domainThree = buildScorecard(domainThreeNew).domains[2];
    expect({ previousSubtotal: domainThree?.previousSubtotal, change: domainThree?.change }).toEqual({
      previousSubtotal: null,
      change: null,
    });
  });
});
