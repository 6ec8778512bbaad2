/**
 * The EDS 2022 scorecard from outcomes.yaml: each outcome's score in the latest reporting year and
 * the one before, domain subtotals and the overall rating. The loader makes sure every outcome is
 * graded in every year; missing grades are still handled (as null) so nothing shows NaN.
 */
import type { Outcome, OutcomesFile } from "../schemas/outcomes.ts";
import { outcomeRating, overallRating } from "./ratings.ts";
import type { DomainScore, OutcomeScore, Scorecard } from "./types.ts";

export function buildScorecard(file: OutcomesFile): Scorecard {
  const years = [
    ...new Set(file.outcomes.flatMap((outcome) => outcome.gradings.map((grading) => grading.year))),
  ].sort();
  const year = years.at(-1) ?? null;
  const previousYear = years.at(-2) ?? null;
  const scores = [...file.outcomes]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((outcome) => scoreOutcome(outcome, year, previousYear));
  const domains: DomainScore[] = [...file.domains]
    .sort((a, b) => a.number - b.number)
    .map((domain) => {
      const outcomes = scores.filter((score) => score.domain === domain.number);
      const subtotal = sum(outcomes.map((score) => score.score));
      const previousSubtotal = sumOrNull(outcomes.map((score) => score.previousScore));
      return {
        domain,
        outcomes,
        subtotal,
        max: outcomes.length * 3,
        previousSubtotal,
        change: previousSubtotal === null ? null : subtotal - previousSubtotal,
      };
    });
  const score = sum(scores.map((outcome) => outcome.score));
  const previousScore = sumOrNull(scores.map((outcome) => outcome.previousScore));
  return {
    years,
    year,
    previousYear,
    domains,
    overall: {
      score,
      max: scores.length * 3,
      rating: year ? overallRating(score, file.ratingBands) : null,
      previousScore,
      previousRating: previousScore === null ? null : overallRating(previousScore, file.ratingBands),
      change: previousScore === null ? null : score - previousScore,
    },
  };
}

function scoreOutcome(outcome: Outcome, year: string | null, previousYear: string | null): OutcomeScore {
  const current = outcome.gradings.find((grading) => grading.year === year);
  const previous = outcome.gradings.find((grading) => grading.year === previousYear);
  const score = current?.score ?? null;
  const previousScore = previous?.score ?? null;
  return {
    code: outcome.code,
    statement: outcome.statement,
    objective: outcome.objective,
    domain: Number(outcome.code.charAt(0)) as 1 | 2 | 3,
    score,
    rating: score === null ? null : outcomeRating(score),
    previousScore,
    change: score === null || previousScore === null ? null : score - previousScore,
    gradedOn: current?.gradedOn ?? null,
    gradedBy: current?.gradedBy ?? [],
    outcome,
  };
}

/** Adds the grades given; a missing grade (null) is left out rather than counted as 0 or NaN. */
function sum(values: Array<number | null>): number {
  return values.reduce<number>((total, value) => total + (value ?? 0), 0);
}

/** As `sum`, but null when no grade was given at all, so a year nobody graded shows no total. */
function sumOrNull(values: Array<number | null>): number | null {
  return values.some((value) => value !== null) ? sum(values) : null;
}
