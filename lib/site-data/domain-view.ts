/**
 * An EDS 2022 domain or EDS2 goal as the scorecard shows it: its scores, plus who graded it and
 * when, year by year. Outcomes in one domain are often graded at one event, but not always, so
 * every date and every group is listed rather than the first outcome's.
 */
import type { SectionScore } from "../scorecard/types.ts";

export interface SectionGrading {
  year: string;
  /** The days that year's grades were agreed, `YYYY-MM-DD`, earliest first. */
  gradedOn: string[];
  /** The groups who graded any outcome that year, each once, in the order they first appear from the first outcome on. */
  gradedBy: string[];
  /** The outcomes not graded that year that have a reason, in code order. */
  notGraded: Array<{ code: string; reason: string }>;
}

export interface DomainView extends SectionScore {
  /** One for each year of the version, oldest first. */
  graded: SectionGrading[];
}

export function buildDomainView(section: SectionScore): DomainView {
  const years = section.totals.map((total) => total.year);
  const graded = years.map((year, index): SectionGrading => {
    const grades = section.outcomes.flatMap((outcome) => {
      const grade = outcome.grades[index];
      return grade ? [{ code: outcome.code, grade }] : [];
    });
    return {
      year,
      gradedOn: [...new Set(grades.flatMap(({ grade }) => (grade.gradedOn ? [grade.gradedOn] : [])))].sort(),
      gradedBy: [...new Set(grades.flatMap(({ grade }) => grade.gradedBy))],
      notGraded: grades.flatMap(({ code, grade }) =>
        grade.notGradedReason ? [{ code, reason: grade.notGradedReason }] : [],
      ),
    };
  });
  return { ...section, graded };
}
