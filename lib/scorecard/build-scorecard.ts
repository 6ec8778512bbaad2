/**
 * The EDS scorecard from outcomes.yaml, one for each version it records: every outcome's grade in
 * every year its version was graded (null where it was not: the page says "Not graded", never
 * leaves it out), the change since the year before, each domain's or goal's total per year and the
 * version's own. A total only counts the grades given, says which outcomes it leaves out, and is
 * rated from the bands only when every outcome was graded: a rating from a partial total would
 * flatter or wrong the organisation.
 */
import type { Rating } from "../schemas/outcomes.ts";
import { outcomeRating, overallRating } from "./ratings.ts";
import type { OutcomeScore, Scorecard, Score, SectionScore, VersionScorecard, YearGrade, YearTotal } from "./types.ts";
import { edsRecords, edsVersionFacts, eventOf, sectionOf, type EdsOutcome, type EdsRecord } from "./versions.ts";
import type { OutcomesFile } from "../schemas/outcomes.ts";

export function buildScorecard(file: OutcomesFile): Scorecard {
  const versions = edsRecords(file).map(buildVersion);
  const graded = versions.find((version) => version.totals.length > 0);
  const total = graded?.totals.at(-1);
  return { versions, latest: graded && total ? { version: graded, total } : null };
}

function buildVersion(record: EdsRecord): VersionScorecard {
  const facts = edsVersionFacts[record.version];
  const years = [
    ...new Set(record.outcomes.flatMap((outcome) => outcome.gradings.map((grading) => grading.year))),
  ].sort();
  const previousYear = years.at(-2) ?? null;
  const outcomes = [...record.outcomes]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((outcome) => scoreOutcome(outcome, record, years));
  const sections: SectionScore[] = [...record.sections]
    .sort((a, b) => a.number - b.number)
    .map((section) => {
      const own = outcomes.filter((outcome) => outcome.section === section.number);
      const totals = years.map((year) => total(own, year, null));
      return {
        noun: facts.section.noun,
        number: section.number,
        title: section.title,
        outcomes: own,
        totals,
        max: own.length * 3,
        change: change(totals),
      };
    });
  const totals = years.map((year) => total(outcomes, year, (score) => overall(score, record)));
  return {
    version: record.version,
    name: facts.name,
    shortName: facts.shortName,
    years,
    year: years.at(-1) ?? null,
    previousYear,
    noun: facts.section.noun,
    sections,
    outcomeCount: outcomes.length,
    totals,
    max: outcomes.length * 3,
    change: change(totals),
    ratingBands: record.ratingBands,
    events: years.flatMap((year) => {
      const held = record.events.filter((event) => event.year === year).sort((a, b) => a.date.localeCompare(b.date));
      return held.length > 0 ? [{ year, events: held }] : [];
    }),
  };
}

function scoreOutcome(outcome: EdsOutcome, record: EdsRecord, years: string[]): OutcomeScore {
  const grades = years.map((year): YearGrade => {
    const grading = outcome.gradings.find((item) => item.year === year);
    if (!grading) {
      const reason = outcome.notGraded.find((item) => item.year === year)?.reason ?? null;
      return { year, score: null, rating: null, notGradedReason: reason, gradedOn: null, gradedBy: [] };
    }
    // The loader makes sure a grading has a date and groups, from itself or its event.
    const event = eventOf(grading, record.events);
    return {
      year,
      score: grading.score,
      rating: outcomeRating(grading.score),
      notGradedReason: null,
      gradedOn: grading.gradedOn ?? event?.date ?? null,
      gradedBy: grading.gradedBy ?? event?.tookPart ?? [],
    };
  });
  const latest = grades.at(-1) ?? null;
  const previous = grades.at(-2);
  return {
    version: record.version,
    code: outcome.code,
    statement: outcome.statement,
    objective: outcome.objective ?? null,
    section: sectionOf(outcome.code),
    grades,
    latest,
    change: difference(latest?.score ?? null, previous?.score ?? null),
    evidence: outcome.evidence,
  };
}

/** The grades given in `year`, added up; a missing grade is left out, never counted as 0 or NaN. */
function total(outcomes: OutcomeScore[], year: string, rate: ((score: number) => Rating | null) | null): YearTotal {
  const scores = outcomes.map((outcome) => outcome.grades.find((grade) => grade.year === year)?.score ?? null);
  const given = scores.filter((score): score is Score => score !== null);
  const score = given.reduce<number>((sum, value) => sum + value, 0);
  const complete = given.length === outcomes.length;
  return {
    year,
    score,
    max: given.length * 3,
    outcomes: outcomes.length,
    graded: given.length,
    ungraded: outcomes.filter((_, index) => scores[index] === null).map((outcome) => outcome.code),
    complete,
    rating: complete && rate ? rate(score) : null,
  };
}

function overall(score: number, record: EdsRecord): Rating | null {
  return record.ratingBands ? overallRating(score, record.ratingBands) : null;
}

/** The latest total minus the one before, when both years graded every outcome. */
function change(totals: YearTotal[]): number | null {
  const latest = totals.at(-1);
  const previous = totals.at(-2);
  return latest?.complete && previous?.complete ? latest.score - previous.score : null;
}

function difference(score: number | null, previous: number | null): number | null {
  return score === null || previous === null ? null : score - previous;
}
