/** The EDS scorecard that lib/scorecard derives from outcomes.yaml: one for each version it records. */
import type { EdsVersion, GradingEvent, Rating, RatingBand } from "../schemas/outcomes.ts";

export type Score = 0 | 1 | 2 | 3;

/** One outcome's grade in one of its version's reporting years. */
export interface YearGrade {
  year: string;
  /** null when the outcome was not graded that year. */
  score: Score | null;
  rating: Rating | null;
  /** Why it was not graded, where outcomes.yaml says (`notGraded`); null otherwise. */
  notGradedReason: string | null;
  /** From the grading, or its grading event; null when not graded. */
  gradedOn: string | null;
  gradedBy: string[];
}

export interface OutcomeScore {
  version: EdsVersion;
  /** "1A" (EDS 2022), "1.1" (EDS2) */
  code: string;
  statement: string;
  /** The objective in objectives.yaml it sits under; EDS2 outcomes may sit under none. */
  objective: string | null;
  /** The number of its domain (EDS 2022) or goal (EDS2). */
  section: number;
  /** One for each year its version was graded, oldest first: an ungraded year has a null score. */
  grades: YearGrade[];
  /** The grade in the version's latest year; null when the version has no grading yet. */
  latest: YearGrade | null;
  /** The latest score minus the year before's; null when either is missing. */
  change: number | null;
  evidence: Array<{ title: string; url: string }>;
}

/** The grades given in one year, added up, for a domain, a goal or a whole version. */
export interface YearTotal {
  year: string;
  score: number;
  /** 3 for each outcome graded that year. */
  max: number;
  /** How many outcomes there are to grade. */
  outcomes: number;
  /** How many of them were graded that year. */
  graded: number;
  /** The codes of the outcomes not graded that year, in order. */
  ungraded: string[];
  /** Every outcome was graded that year. */
  complete: boolean;
  /** From the rating bands: for a whole version, in a year every outcome was graded, when it has bands. */
  rating: Rating | null;
}

/** An EDS 2022 domain or an EDS2 goal. */
export interface SectionScore {
  noun: "Domain" | "Goal";
  number: number;
  title: string;
  /** In code order. */
  outcomes: OutcomeScore[];
  /** One for each year of the version, oldest first. */
  totals: YearTotal[];
  /** 3 for each of its outcomes. */
  max: number;
  /** The latest total minus the year before's, when every outcome was graded in both; else null. */
  change: number | null;
}

export interface VersionScorecard {
  version: EdsVersion;
  /** "Equality Delivery System 2022" */
  name: string;
  /** "EDS 2022" */
  shortName: string;
  /** Reporting years graded, oldest first, such as ['2024/25', '2025/26']. */
  years: string[];
  /** The latest year graded, or null when nothing is graded yet. */
  year: string | null;
  previousYear: string | null;
  /** What its outcomes are grouped in. */
  noun: "Domain" | "Goal";
  /** Domains 1 to 3, or goals 1 to 4. */
  sections: SectionScore[];
  /** How many outcomes it lists: 11 for EDS 2022, 18 for EDS2. */
  outcomeCount: number;
  /** The whole version's total for each year, oldest first. */
  totals: YearTotal[];
  /** 3 for each of the version's outcomes: 33 for EDS 2022, 54 for EDS2. */
  max: number;
  /** As SectionScore's, for the whole version. */
  change: number | null;
  /** null when the version gives no overall rating (EDS2 without bands in outcomes.yaml). */
  ratingBands: RatingBand[] | null;
  /** The grading events of each year that had any, oldest first, each year's in date order. */
  events: Array<{ year: string; events: GradingEvent[] }>;
}

export interface Scorecard {
  /** The versions outcomes.yaml records, newest first: EDS 2022, then EDS2. */
  versions: VersionScorecard[];
  /** The newest version graded, with its latest year's total, for the home page; null when nothing is graded. */
  latest: { version: VersionScorecard; total: YearTotal } | null;
}
