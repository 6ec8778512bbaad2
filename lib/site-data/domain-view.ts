/**
 * An EDS 2022 domain as the scorecard shows it: its scores, plus who graded it and when in the
 * latest year. Outcomes in one domain are often graded at one event, but not always, so every
 * date and every group is listed rather than the first outcome's.
 */
import type { DomainScore } from "../scorecard/types.ts";

export interface DomainView extends DomainScore {
  /** The days this year's grades were agreed, `YYYY-MM-DD`, earliest first. */
  gradedOn: string[];
  /** The stakeholder groups who graded any outcome this year, each once, in the order they first appear from outcome 1A on. */
  gradedBy: string[];
}

export function buildDomainView(domain: DomainScore): DomainView {
  const gradedOn = [
    ...new Set(domain.outcomes.flatMap((outcome) => (outcome.gradedOn ? [outcome.gradedOn] : []))),
  ].sort();
  const gradedBy = [...new Set(domain.outcomes.flatMap((outcome) => outcome.gradedBy))];
  return { ...domain, gradedOn, gradedBy };
}
