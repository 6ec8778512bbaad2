/**
 * Everything the templates show, worked out once per build from the validated data and today.
 * Templates only format; they never compute statuses, scores or relationships.
 */
import type { HubData } from "../data/hub.ts";
import { statusDate, type StatusDate } from "../dates/status-date.ts";
import { buildSchedule } from "../schedule/build-schedule.ts";
import type { ScheduleRow, ScheduleStatusId } from "../schedule/types.ts";
import { psedAimIds } from "../schemas/objectives.ts";
import type { Organisation } from "../schemas/organisation.ts";
import { buildScorecard } from "../scorecard/build-scorecard.ts";
import type { Scorecard, VersionScorecard } from "../scorecard/types.ts";
import { buildCharacteristicView, type CharacteristicView } from "./characteristic-view.ts";
import { buildDomainView, type DomainView } from "./domain-view.ts";
import { buildObjectiveView, type ObjectiveView } from "./objective-view.ts";
import type { PsedAim } from "../schemas/legal-duties.ts";
import { buildAccessibilityStatementView, type AccessibilityStatementView } from "./accessibility-statement-view.ts";
import { buildCalendarViews, type CalendarView } from "./calendar-view.ts";
import { buildEdsView, type EdsView } from "./eds-view.ts";
import { buildEmployerDutiesView, type EmployerDutiesView } from "./employer-duties-view.ts";
import { buildEngagementView, type EngagementView } from "./engagement-view.ts";
import { buildFeedView, type FeedView } from "./feed-view.ts";
import { buildLegalDutyView, groupLegalDuties, type LegalDutyGroup } from "./legal-duty-view.ts";
import { buildOrganisationView, type OrganisationView } from "./organisation-view.ts";
import { buildPoliciesView, type PoliciesView } from "./policy-view.ts";
import { buildReportsView, type ReportsView } from "./report-view.ts";
import { buildReportsSummaryView, type ReportsSummaryView } from "./reports-summary-view.ts";
import { buildSearchFacetsView, type SearchFacetsView } from "./search-facets-view.ts";

export type { ActionView, ObjectiveView } from "./objective-view.ts";
export type { CharacteristicView } from "./characteristic-view.ts";
export type { DomainView, SectionGrading } from "./domain-view.ts";
export type { OutcomeGroup } from "./objective-view.ts";

/** A version's scorecard whose domains or goals carry who graded them and when (DomainView). */
export type VersionView = Omit<VersionScorecard, "sections"> & { sections: DomainView[] };

export interface SiteData {
  /** The day of the build, `YYYY-MM-DD` in Europe/London: whether the organisation has closed yet. */
  today: string;
  /** The day the statuses are worked out for: today, or a closed organisation's last day. */
  statusDate: StatusDate;
  organisation: Organisation;
  /** Other formats in words, a joint hub's members, and the closed-organisation banner when there is one. */
  organisationView: OrganisationView;
  /** The employer duties that apply, from the staff headcount bands, and why the others do not. */
  employerDuties: EmployerDutiesView;
  /** The EDS as pages name it: the version outcomes.yaml records, or "Equality Delivery System" for both. */
  eds: EdsView;
  /** The three aims of the general duty, in the order of s.149(1), worded as legal-duties.yaml words them. */
  psedAims: PsedAim[];
  /** Each version outcomes.yaml records, newest first, and the latest grading for the home page. */
  scorecard: { versions: VersionView[]; latest: Scorecard["latest"] };
  /** Soonest deadline first. */
  schedule: ScheduleRow[];
  /** How many schedule entries are in each status, for the home page. */
  scheduleCounts: Record<ScheduleStatusId, number>;
  /** Whether the schedule lists duties done rather than published (`kind: duty`), so its page says so. */
  scheduleHasDuties: boolean;
  objectives: ObjectiveView[];
  characteristics: CharacteristicView[];
  /** By the law they come from: the Equality Act, NHS duties, human rights, others. */
  legalDuties: LegalDutyGroup[];
  accessibilityStatement: AccessibilityStatementView;
  policies: PoliciesView;
  engagement: EngagementView;
  reports: ReportsView;
  /** What the reports archive holds, in words, for the home page and the reports page. */
  reportsSummary: ReportsSummaryView;
  /** The Atom feed of what the hub has published, newest first. */
  feed: FeedView;
  /** The calendar of deadlines and closing days still to come: one, or none once the organisation has closed. */
  calendars: CalendarView[];
  /** What the search page's filters know of each page made from the data (page type, characteristics, years). */
  searchFacets: SearchFacetsView;
}

export function buildSiteData(data: HubData, today: string): SiteData {
  const scorecard = buildScorecard(data.outcomes);
  const versions = scorecard.versions.map((version) => ({
    ...version,
    sections: version.sections.map(buildDomainView),
  }));
  const psedAims = orderedAims(data);
  const { characteristics } = data.protectedCharacteristics;
  // A closed organisation's hub is a record: every status is as at its last day.
  const asAt = statusDate(today, data.organisation.ceased?.closedOn);
  const objectives = data.objectives.objectives.map((objective) =>
    buildObjectiveView(objective, characteristics, versions, psedAims, asAt.date),
  );
  const schedule = buildSchedule(data.publicationSchedule, asAt.date, asAt.frozen ? asAt.date : undefined);
  const eds = buildEdsView(data.outcomes);
  const characteristicViews = characteristics.map((characteristic) =>
    buildCharacteristicView(characteristic, objectives, versions),
  );
  const policies = buildPoliciesView(data.policies, asAt.date);
  // Consultations keep today's date: one that was open when the organisation closed has closed
  // since, and the hub must not invite anyone to it. Nobody is still considering what it heard.
  const engagement = buildEngagementView(data.engagement, characteristics, today, asAt.frozen);
  const reports = buildReportsView(data.reports, data.publicationSchedule, asAt.frozen);
  return {
    today,
    statusDate: asAt,
    organisation: data.organisation,
    organisationView: buildOrganisationView(data.organisation, today),
    employerDuties: buildEmployerDutiesView(data.organisation, data.reports, today),
    eds,
    psedAims,
    scorecard: { versions, latest: scorecard.latest },
    schedule,
    scheduleCounts: countStatuses(schedule),
    scheduleHasDuties: schedule.some((row) => row.entry.kind === "duty"),
    objectives,
    characteristics: characteristicViews,
    legalDuties: groupLegalDuties(
      data.legalDuties.duties.map((duty) => buildLegalDutyView(duty, schedule, objectives)),
      data.organisation.type,
    ),
    accessibilityStatement: buildAccessibilityStatementView(data.accessibilityStatement, schedule),
    policies,
    engagement,
    reports,
    reportsSummary: buildReportsSummaryView(data.reports, eds, asAt.frozen),
    feed: buildFeedView(data, engagement, today, asAt),
    calendars: buildCalendarViews(data.organisation, schedule, engagement, today, asAt),
    searchFacets: buildSearchFacetsView({
      policies: policies.all,
      objectives,
      engagements: engagement.engagements,
      characteristics: characteristicViews,
      reports: reports.genderPayGapReports,
    }),
  };
}

/** The general duty's aims in the order of s.149(1), whatever order the YAML lists them in. */
function orderedAims(data: HubData): PsedAim[] {
  const aims = data.legalDuties.duties.find((duty) => duty.kind === "general-equality-duty")?.aims ?? [];
  return psedAimIds.flatMap((id) => aims.filter((aim) => aim.id === id));
}

function countStatuses(schedule: ScheduleRow[]): Record<ScheduleStatusId, number> {
  const counts: Record<ScheduleStatusId, number> = { published: 0, "due-soon": 0, overdue: 0, upcoming: 0 };
  for (const row of schedule) counts[row.status] += 1;
  return counts;
}
