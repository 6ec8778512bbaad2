/**
 * The Atom feed (site/feed.njk): what the hub has published, newest first. Every report, every
 * policy (as its current version was approved), every engagement and consultation once it has
 * opened, and each publication in the schedule that no report already stands for, such as the
 * equality objectives. Every date is the data's own (publishedOn, approved.on, opens, an outcome's
 * publishedOn, lastPublished.date), never the clock; nothing dated after today is in it.
 *
 * A closed organisation's hub is a record, and so is its feed: it still lists what it published.
 *
 * Ids never change from one build to the next: a page's public address where the item has a page
 * of its own that stays the same as it changes (a policy's new version updates its entry), and a
 * tag: URI (RFC 4151) from the host and the day it was published for a report or a schedule
 * publication, which has none.
 */
import type { HubData } from "../data/hub.ts";
import { publicUrl } from "../filters/public-url.ts";
import { slugify } from "../markdown/slugify.ts";
import type { Report } from "../schemas/reports.ts";
import type { StatusDate } from "../dates/status-date.ts";
import type { EngagementView } from "./engagement-view.ts";
import { buildReportView, yearAnchor } from "./report-view.ts";

export interface FeedEntry {
  id: string;
  title: string;
  /** The hub page that shows it, absolute. */
  url: string;
  /** `YYYY-MM-DD`: when it was published (a policy: when its current version was approved). */
  published: string;
  /** `YYYY-MM-DD`: the same, or when a consultation's outcome was published. */
  updated: string;
  category: string;
  summary?: string | undefined;
}

export interface FeedView {
  title: string;
  /** The feed's own public address, which is also its id. */
  url: string;
  /** The hub's home page, absolute. */
  homeUrl: string;
  /** The newest entry's `updated`; for a hub that has published nothing yet, the status date. */
  updated: string;
  /** Newest first. */
  entries: FeedEntry[];
}

/** Where the feed is, on the hub. */
export const FEED_PATH = "/feed.xml";

interface FeedContext {
  siteUrl: string;
  host: string;
}

export function buildFeedView(data: HubData, engagement: EngagementView, today: string, asAt: StatusDate): FeedView {
  const { siteUrl } = data.organisation;
  const context = { siteUrl, host: new URL(siteUrl).host };
  const entries = [
    ...data.reports.reports.map((report) => reportEntry(report, data, asAt.frozen, context)),
    ...data.policies.policies.map((policy): FeedEntry => ({
      id: publicUrl(`/policies/${policy.id}/`, siteUrl),
      title: policy.title,
      url: publicUrl(`/policies/${policy.id}/`, siteUrl),
      published: policy.approved.on,
      updated: policy.approved.on,
      category: "Policy",
      summary: policy.summary,
    })),
    // Upcoming ones have not opened: they join the feed on the day they do.
    ...engagement.engagements
      .filter((item) => item.status !== "upcoming")
      .map((item): FeedEntry => {
        const opened = item.opens ?? item.closes;
        return {
          id: publicUrl(`/engagement/${item.id}/`, siteUrl),
          title: `${item.kindLabel}: ${item.title}`,
          url: publicUrl(`/engagement/${item.id}/`, siteUrl),
          published: opened,
          // Present only once its day has come (engagement-view.ts).
          updated: item.outcome?.publishedOn ?? opened,
          category: item.kindLabel,
          summary: item.summary,
        };
      }),
    ...schedulePublications(data, context),
  ].filter((entry) => entry.published <= today);
  entries.sort(
    (a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title, "en-GB") || a.id.localeCompare(b.id),
  );
  return {
    title: `${data.organisation.shortName}: equality publications, policies and engagement`,
    url: publicUrl(FEED_PATH, siteUrl),
    homeUrl: publicUrl("/", siteUrl),
    updated: entries[0]?.updated ?? asAt.date,
    entries,
  };
}

/**
 * A report's entry: its own page (a gender pay gap report) or its year on the reports page, where
 * its documents are listed with their formats and sizes. Its id names what makes it unique in
 * reports.yaml (lib/data/integrity/reports.ts): its type and what it covers, and an other's title.
 */
function reportEntry(report: Report, data: HubData, closed: boolean, context: FeedContext): FeedEntry {
  const view = buildReportView(report, data.publicationSchedule.entries, closed);
  const covers = report.period ? `${report.period.from}--${report.period.to}` : (report.year ?? "").replace("/", "-");
  const title = report.type === "other" ? `/${slugify(report.title ?? "")}` : "";
  return {
    id: `tag:${context.host},${report.publishedOn}:reports/${report.type}${title}/${covers}`,
    title: `${view.name}, ${view.period ?? view.year}`,
    url: publicUrl(view.url ?? `/reports/#${yearAnchor(view.year)}`, context.siteUrl),
    published: report.publishedOn,
    updated: report.publishedOn,
    category: "Report",
    summary: report.summary,
  };
}

/**
 * The schedule's last publications that no report stands for: the same day's report on that
 * schedule entry, or a report with the same document, is already in the feed. A duty is done, not
 * published; a publication still to come is planned, and left out by its date.
 */
function schedulePublications(data: HubData, context: FeedContext): FeedEntry[] {
  const reports = data.reports.reports;
  return data.publicationSchedule.entries.flatMap((entry): FeedEntry[] => {
    const last = entry.lastPublished;
    if (entry.kind === "duty" || last === undefined) return [];
    const inReports = reports.some(
      (report) =>
        (report.schedule === entry.id && report.publishedOn === last.date) ||
        report.documents.some((document) => document.url === last.url),
    );
    if (inReports) return [];
    // A page of the hub's own ('/objectives/'); anything else is linked from the schedule's row.
    const own = last.url.startsWith("/") && !last.url.startsWith("//");
    return [
      {
        id: `tag:${context.host},${last.date}:publication-schedule/${entry.id}`,
        title: entry.title,
        url: publicUrl(own ? last.url : `/publication-schedule/#${entry.id}`, context.siteUrl),
        published: last.date,
        updated: last.date,
        category: "Publication",
        summary: `Required by ${entry.duty}.`,
      },
    ];
  });
}
