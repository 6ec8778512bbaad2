/** The EDS 2022 scorecard that lib/scorecard derives from outcomes.yaml. */
import type { Domain, Outcome, OutcomeCode, Rating } from "../schemas/outcomes.ts";

export interface OutcomeScore {
  code: OutcomeCode;
  statement: string;
  objective: string;
  domain: 1 | 2 | 3;
  score: 0 | 1 | 2 | 3 | null;
  rating: Rating | null;
  previousScore: 0 | 1 | 2 | 3 | null;
  /** score minus previousScore; null when either is missing. */
  change: number | null;
  gradedOn: string | null;
  gradedBy: string[];
  outcome: Outcome;
}

export interface DomainScore {
  domain: Domain;
  outcomes: OutcomeScore[];
  subtotal: number;
  /** 3 for each outcome in the domain. */
  max: number;
  previousSubtotal: number | null;
  change: number | null;
}

export interface Scorecard {
  /** Reporting years graded, oldest first, such as ['2024/25', '2025/26']. */
  years: string[];
  /** The latest year graded, or null when nothing is graded yet. */
  year: string | null;
  previousYear: string | null;
  domains: DomainScore[];
  overall: {
    score: number;
    max: number;
    rating: Rating | null;
    previousScore: number | null;
    previousRating: Rating | null;
    change: number | null;
  };
}
