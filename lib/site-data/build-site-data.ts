/**
 * Everything the templates show, worked out once per build from the validated data and today.
 * Templates only format; they never compute statuses, scores or relationships.
 */
import type { HubData } from "../data/hub.ts";
import { buildSchedule } from "../schedule/build-schedule.ts";
import type { ScheduleRow, ScheduleStatusId } from "../schedule/types.ts";
import type { Organisation } from "../schemas/organisation.ts";
import type { RatingBand } from "../schemas/outcomes.ts";
import { buildScorecard } from "../scorecard/build-scorecard.ts";
import type { Scorecard } from "../scorecard/types.ts";
import { buildCharacteristicView, type CharacteristicView } from "./characteristic-view.ts";
import { buildDomainView, type DomainView } from "./domain-view.ts";
import { buildObjectiveView, type ObjectiveView } from "./objective-view.ts";
import { psedAims, type PsedAim } from "./psed-aims.ts";

export type { ActionView, ObjectiveView } from "./objective-view.ts";
export type { CharacteristicView } from "./characteristic-view.ts";
export type { DomainView } from "./domain-view.ts";

export interface SiteData {
  /** The day the statuses are worked out for, `YYYY-MM-DD` in Europe/London. */
  today: string;
  organisation: Organisation;
  /** The three aims of the general duty, in the order of s.149(1). */
  psedAims: PsedAim[];
  /** The domains in it carry who graded them and when (DomainView). */
  scorecard: Omit<Scorecard, "domains"> & { domains: DomainView[] };
  /** The bands the overall EDS rating is read from. */
  ratingBands: RatingBand[];
  /** Soonest deadline first. */
  schedule: ScheduleRow[];
  /** How many schedule entries are in each status, for the home page. */
  scheduleCounts: Record<ScheduleStatusId, number>;
  objectives: ObjectiveView[];
  characteristics: CharacteristicView[];
}

export function buildSiteData(data: HubData, today: string): SiteData {
  const scorecard = buildScorecard(data.eds);
  const domains = scorecard.domains.map(buildDomainView);
  const outcomeScores = domains.flatMap((domain) => domain.outcomes);
  const objectives = data.objectives.map((objective) => buildObjectiveView(objective, data.characteristics, outcomeScores, today));
  const schedule = buildSchedule(data.schedule, today);
  return {
    today,
    organisation: data.organisation,
    psedAims,
    scorecard: { ...scorecard, domains },
    ratingBands: data.eds.ratingBands,
    schedule,
    scheduleCounts: countStatuses(schedule),
    objectives,
    characteristics: data.characteristics.map((characteristic) => buildCharacteristicView(characteristic, objectives)),
  };
}

function countStatuses(schedule: ScheduleRow[]): Record<ScheduleStatusId, number> {
  const counts: Record<ScheduleStatusId, number> = { published: 0, "due-soon": 0, overdue: 0, upcoming: 0 };
  for (const row of schedule) counts[row.status] += 1;
  return counts;
}
