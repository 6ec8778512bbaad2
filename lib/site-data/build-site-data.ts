/**
 * Everything the templates show, worked out once per build from the validated data and today.
 * Templates only format; they never compute statuses, scores or relationships.
 */
import { buildSchedule } from "../schedule/build-schedule.ts";
import type { ScheduleRow } from "../schedule/types.ts";
import { buildScorecard } from "../scorecard/build-scorecard.ts";
import type { OutcomeScore, Scorecard } from "../scorecard/types.ts";
import type { HubData } from "../data/hub.ts";
import type { Characteristic } from "../schemas/protected-characteristics.ts";
import type { Objective, ObjectiveAction } from "../schemas/objectives.ts";
import type { Organisation } from "../schemas/organisation.ts";
import type { RatingBand } from "../schemas/outcomes.ts";
import { psedAims, type PsedAim } from "./psed-aims.ts";

export interface ActionView extends ObjectiveAction {
  /** Not complete and its due date has passed. */
  overdue: boolean;
}

export interface ObjectiveView extends Omit<Objective, "characteristics" | "actions" | "psedAims"> {
  characteristics: Characteristic[];
  psedAims: PsedAim[];
  outcomes: OutcomeScore[];
  actions: ActionView[];
}

export interface CharacteristicView extends Characteristic {
  objectives: ObjectiveView[];
  outcomes: OutcomeScore[];
}

export interface SiteData {
  today: string;
  organisation: Organisation;
  psedAims: PsedAim[];
  scorecard: Scorecard;
  /** The bands the overall EDS rating is read from. */
  ratingBands: RatingBand[];
  schedule: ScheduleRow[];
  objectives: ObjectiveView[];
  characteristics: CharacteristicView[];
  /** How many schedule entries are in each status, for the home page. */
  scheduleCounts: Record<ScheduleRow["status"], number>;
}

export function buildSiteData(data: HubData, today: string): SiteData {
  const scorecard = buildScorecard(data.eds);
  const outcomeScores = scorecard.domains.flatMap((domain) => domain.outcomes);
  const objectives: ObjectiveView[] = data.objectives.map((objective) => ({
    ...objective,
    characteristics: objective.characteristics.flatMap((id) => data.characteristics.filter((item) => item.id === id)),
    psedAims: psedAims.filter((aim) => objective.psedAims.includes(aim.id)),
    outcomes: outcomeScores.filter((score) => score.objective === objective.id),
    actions: objective.actions.map((action) => ({ ...action, overdue: action.status !== "complete" && action.due < today })),
  }));
  const characteristics: CharacteristicView[] = data.characteristics.map((characteristic) => {
    const concerning = objectives.filter((objective) => objective.characteristics.some((item) => item.id === characteristic.id));
    return {
      ...characteristic,
      objectives: concerning,
      outcomes: concerning.flatMap((objective) => objective.outcomes).sort((a, b) => a.code.localeCompare(b.code)),
    };
  });
  const schedule = buildSchedule(data.schedule, today);
  const scheduleCounts = { published: 0, "due-soon": 0, overdue: 0, upcoming: 0 };
  for (const row of schedule) scheduleCounts[row.status] += 1;
  return { today, organisation: data.organisation, psedAims, scorecard, ratingBands: data.eds.ratingBands, schedule, objectives, characteristics, scheduleCounts };
}
