/**
 * The two versions of the Equality Delivery System as one shape, so the checks and the scorecard
 * treat them alike: what each version is (its names, codes, domains or goals, the years it was
 * graded in), and each version outcomes.yaml records, with where its fields sit in the file.
 */
import {
  eds2OutcomeCodes,
  MAX_EDS2_SCORE,
  MAX_OVERALL_SCORE,
  outcomeCodes,
  type EdsVersion,
  type Grading,
  type GradingEvent,
  type Outcome,
  type OutcomesFile,
  type RatingBand,
} from "../schemas/outcomes.ts";

export interface EdsVersionFacts {
  /** "Equality Delivery System 2022" */
  name: string;
  /** "EDS 2022" */
  shortName: string;
  codes: readonly string[];
  /** What the outcomes are grouped in: EDS 2022's domains, EDS2's goals. */
  section: { key: "domains" | "goals"; noun: "Domain" | "Goal"; count: number };
  maxScore: number;
  /** The first year of the first reporting year graded: 2022 for 2022/23. */
  firstYear: number;
  /** The first year of the last reporting year graded, or null while the version is in use. */
  lastYear: number | null;
}

/**
 * EDS2 was published in November 2013 and graded until EDS 2022 replaced it, which was first
 * graded for 2022/23 (reports by 28 February 2023). DOMAIN facts; docs/content-model.md.
 */
export const edsVersionFacts: Record<EdsVersion, EdsVersionFacts> = {
  "eds-2022": {
    name: "Equality Delivery System 2022",
    shortName: "EDS 2022",
    codes: outcomeCodes,
    section: { key: "domains", noun: "Domain", count: 3 },
    maxScore: MAX_OVERALL_SCORE,
    firstYear: 2022,
    lastYear: null,
  },
  eds2: {
    name: "Equality Delivery System 2",
    shortName: "EDS2",
    codes: eds2OutcomeCodes,
    section: { key: "goals", noun: "Goal", count: 4 },
    maxScore: MAX_EDS2_SCORE,
    firstYear: 2013,
    lastYear: 2021,
  },
};

/** An outcome of either version: EDS2's may sit under no objective. */
export type EdsOutcome = Omit<Outcome, "code" | "objective"> & { code: string; objective?: string | undefined };

/** One version as outcomes.yaml records it. */
export interface EdsRecord {
  version: EdsVersion;
  /** Where its fields sit in outcomes.yaml: the top level for EDS 2022, `eds2` for EDS2. */
  path: Array<string | number>;
  sections: Array<{ number: number; title: string }>;
  outcomes: EdsOutcome[];
  /** null where the version has no overall rating (EDS2, unless the file gives bands). */
  ratingBands: RatingBand[] | null;
  events: GradingEvent[];
}

/** The versions the file records, newest first: EDS 2022 (when it has outcomes), then EDS2. */
export function edsRecords(file: OutcomesFile): EdsRecord[] {
  const records: EdsRecord[] = [];
  if (file.outcomes && file.domains)
    records.push({
      version: "eds-2022",
      path: [],
      sections: file.domains,
      outcomes: file.outcomes,
      ratingBands: file.ratingBands,
      events: file.events,
    });
  if (file.eds2)
    records.push({
      version: "eds2",
      path: ["eds2"],
      sections: file.eds2.goals,
      outcomes: file.eds2.outcomes,
      ratingBands: file.eds2.ratingBands ?? null,
      events: file.eds2.events,
    });
  return records;
}

/** The domain or goal an outcome belongs to: the first digit of its code (1A, 1.1). */
export function sectionOf(code: string): number {
  return Number(code.charAt(0));
}

/**
 * The grading event a grading took place at, for its date and who took part when the grading does
 * not give them: the event that year on its `gradedOn` day, or, without a `gradedOn`, the year's
 * only event. Undefined when there is none, or more than one to choose from.
 */
export function eventOf(grading: Grading, events: GradingEvent[]): GradingEvent | undefined {
  const candidates = events.filter(
    (event) => event.year === grading.year && (grading.gradedOn === undefined || event.date === grading.gradedOn),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}
