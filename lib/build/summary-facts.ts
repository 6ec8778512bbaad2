/**
 * The hub's part of the build summary (build-summary.ts), taken from the site data the pages are
 * built from (lib/site-data), so the summary names exactly what the publication schedule, the
 * policies and the engagement pages show: statuses are never worked out again here, only picked
 * by the window the summary looks at. A closed organisation's schedule and policies are as at its
 * last day, as its pages show them; its consultations keep today's date, as theirs do.
 */
import type { CheckedContent } from "./render-and-check.ts";
import { addDays, daysBetween } from "../dates/arithmetic.ts";
import { buildSiteData, type SiteData } from "../site-data/build-site-data.ts";
import {
  summaryLines,
  SUMMARY_DUE_DAYS,
  SUMMARY_SOON_DAYS,
  type HubFacts,
  type SummaryFacts,
  type SummaryItem,
} from "./build-summary.ts";

export function hubFacts(site: SiteData): HubFacts {
  const { today, statusDate, organisation } = site;
  const dueBy = addDays(today, SUMMARY_DUE_DAYS);
  const item = (title: string, date: string): SummaryItem => ({ title, date });
  const schedule = site.schedule;
  const overdue = schedule.filter((row) => row.status === "overdue").map((row) => item(row.entry.title, row.dueDate));
  // Not yet met, and due in the window: "due soon" by the file's own window, or "upcoming" when
  // that window is shorter than the summary's. A closed organisation's deadlines never fall due.
  const dueSoon = statusDate.frozen
    ? []
    : schedule
        .filter((row) => (row.status === "due-soon" || row.status === "upcoming") && !row.dueAfterClosing)
        .filter((row) => row.dueDate >= today && row.dueDate <= dueBy)
        .map((row) => item(row.entry.title, row.dueDate));
  const policiesPastReview = site.policies.all
    .filter((policy) => policy.reviewOverdue)
    .sort((a, b) => a.reviewDue.localeCompare(b.reviewDue))
    .map((policy) => item(policy.title, policy.reviewDue));
  const within = (date: string) => daysBetween(today, date) <= SUMMARY_SOON_DAYS;
  const engagements = site.engagement.engagements;
  const opening = engagements
    .filter((one) => one.status === "upcoming" && one.opens !== undefined && within(one.opens))
    .sort((a, b) => (a.opens ?? "").localeCompare(b.opens ?? ""))
    .map((one) => item(one.title, one.opens ?? ""));
  const closing = site.engagement.openNow.filter((one) => within(one.closes)).map((one) => item(one.title, one.closes));
  const ceased = organisation.ceased;
  return {
    ...(statusDate.frozen && ceased
      ? { closed: { name: organisation.shortName, closedOn: ceased.closedOn, lastDay: statusDate.date } }
      : {}),
    overdue,
    dueSoon,
    dueBy,
    policiesPastReview,
    opening,
    closing,
  };
}

/** What the command adds to the hub's facts: pages, the gate, where it stopped, link warnings. */
export type RunFacts = Omit<SummaryFacts, "today" | "hub" | "dataWarnings" | "writingWarnings">;

/**
 * Gathers the hub's facts once, as soon as the content has passed, and answers a function that
 * prints the summary with what the run got to, wherever it ends. The warnings it counts are the
 * ones the content step printed (lib/build/render-and-check.ts), so the count is what was shown.
 */
export function summaryPrinter(content: CheckedContent, today: string): (run?: RunFacts) => void {
  const facts = {
    hub: hubFacts(buildSiteData(content.hub.data, today)),
    dataWarnings: content.warnings.length,
    writingWarnings: content.writing.length,
  };
  return (run = {}) => console.log(summaryLines({ today, ...facts, ...run }).join("\n"));
}
