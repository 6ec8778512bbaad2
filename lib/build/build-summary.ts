/**
 * The few lines at the end of `npm run build` and `npm run check` that a comms officer reads
 * instead of the log above them: what was built and checked, whether the gate passed, what in the
 * publication schedule is overdue or due soon, which policies are past review, which
 * consultations open or close soon, and how many warnings there were. This module only words the
 * facts (summary-facts.ts gathers them from the site data the pages are built from), so it is
 * pure and its wording is tested on its own.
 */
import { formatDisplayDate } from "../dates/format.ts";

/** How far ahead "due soon" and "soon" look in the summary, in days. */
export const SUMMARY_DUE_DAYS = 60;
export const SUMMARY_SOON_DAYS = 14;
/** Items named on one line; the rest are counted ("and 3 more"). */
export const SUMMARY_MAX_ITEMS = 3;

/** Something the summary names, with the date that matters for it (`YYYY-MM-DD`). */
export interface SummaryItem {
  title: string;
  date: string;
}

export interface GateFacts {
  passed: boolean;
  pagesChecked: number;
  /** Of those, pages that passed before exactly as they are, so were not checked again. */
  pagesFromCache: number;
  problems: number;
  failingPages: number;
}

export interface HubFacts {
  /** Set once the organisation has closed: its hub is a record, and its statuses are as at its last day. */
  closed?: { name: string; closedOn: string; lastDay: string };
  overdue: SummaryItem[];
  /** Not yet met, due from today to `dueBy`; the date is the deadline. */
  dueSoon: SummaryItem[];
  /** SUMMARY_DUE_DAYS days after today: the last day `dueSoon` looks at. */
  dueBy: string;
  /** The date is the review date that passed. */
  policiesPastReview: SummaryItem[];
  /** Consultations and engagement opening within SUMMARY_SOON_DAYS days; the date is the opening day. */
  opening: SummaryItem[];
  /** Open ones closing within SUMMARY_SOON_DAYS days; the date is the closing day. */
  closing: SummaryItem[];
}

export interface SummaryFacts {
  today: string;
  /** The HTML pages rendered; undefined when the build stopped before rendering. */
  pagesBuilt?: number;
  /** Undefined for `npm run check`, and for a build that stopped before the gate. */
  gate?: GateFacts;
  /** Where the run stopped, when it did before the gate: "the link and redirect checks". */
  stoppedAt?: string;
  hub: HubFacts;
  dataWarnings: number;
  /** Undefined when the links were not checked. */
  linkWarnings?: number;
  /** Given only when the writing checks ran. */
  writingWarnings?: number;
}

export function summaryLines(facts: SummaryFacts): string[] {
  const lines = [`Summary for ${formatDisplayDate(facts.today)}:`];
  if (facts.pagesBuilt !== undefined) lines.push(pagesLine(facts.pagesBuilt, facts.gate));
  if (facts.gate) lines.push(gateLine(facts.gate, facts.pagesBuilt ?? facts.gate.pagesChecked));
  if (facts.stoppedAt) lines.push(`Stopped at ${facts.stoppedAt}: the problems are listed above.`);
  lines.push(...hubLines(facts.hub));
  lines.push(warningsLine(facts));
  return lines.map((line, index) => (index === 0 ? line : `  ${line}`));
}

function pagesLine(built: number, gate: GateFacts | undefined): string {
  if (!gate) return `Pages: ${built.toLocaleString("en-GB")} built.`;
  const cached =
    gate.pagesFromCache > 0
      ? ` (${gate.pagesFromCache.toLocaleString("en-GB")} unchanged since ${gate.pagesFromCache === 1 ? "it" : "they"} last passed, so from the gate's cache)`
      : "";
  return `Pages: ${built.toLocaleString("en-GB")} built, ${gate.pagesChecked.toLocaleString("en-GB")} checked in the browser${cached}.`;
}

function gateLine(gate: GateFacts, pages: number): string {
  if (gate.passed) return `Gate: passed, no problems on ${count(pages, "page")}.`;
  return `Gate: failed, ${count(gate.problems, "problem")} on ${gate.failingPages} of ${count(pages, "page")}; nothing was published.`;
}

function hubLines(hub: HubFacts): string[] {
  const soon = `in the next ${SUMMARY_SOON_DAYS} days`;
  const consultations = [
    itemsLine(`Consultations and engagement opening ${soon}`, hub.opening, "opens"),
    itemsLine(`Consultations and engagement closing ${soon}`, hub.closing, "closes"),
  ];
  if (hub.closed) {
    // The pages show the schedule and the policies as they stood on the last day; nothing is owed now.
    const { name, closedOn, lastDay } = hub.closed;
    const asAt = `as at ${formatDisplayDate(lastDay)}`;
    return [
      `${name} closed on ${formatDisplayDate(closedOn)}: the hub is a record, so nothing falls due and no policy needs review.`,
      itemsLine(`Overdue when it closed (${asAt})`, hub.overdue, "due"),
      itemsLine(`Policies past their review date when it closed (${asAt})`, hub.policiesPastReview, "review was due"),
      ...consultations,
    ];
  }
  return [
    itemsLine("Overdue", hub.overdue, "due"),
    itemsLine(`Due in the next ${SUMMARY_DUE_DAYS} days (by ${formatDisplayDate(hub.dueBy)})`, hub.dueSoon, "due"),
    itemsLine("Policies past their review date", hub.policiesPastReview, "review was due"),
    ...consultations,
  ];
}

/** "Overdue: A (due 30 March 2026), B (due 1 April 2026) and 2 more." or "Overdue: none." */
export function itemsLine(label: string, items: SummaryItem[], dateWord: string): string {
  if (items.length === 0) return `${label}: none.`;
  const named = items
    .slice(0, SUMMARY_MAX_ITEMS)
    .map((item) => `${item.title} (${dateWord} ${formatDisplayDate(item.date)})`);
  const more = items.length - named.length;
  const list = more > 0 ? `${named.join(", ")} and ${more} more` : joinAnd(named);
  return `${label}: ${list}.`;
}

function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function warningsLine(facts: SummaryFacts): string {
  const parts = [count(facts.dataWarnings, "data warning")];
  if (facts.linkWarnings !== undefined) parts.push(count(facts.linkWarnings, "link warning"));
  if (facts.writingWarnings !== undefined) parts.push(count(facts.writingWarnings, "writing warning"));
  const total = facts.dataWarnings + (facts.linkWarnings ?? 0) + (facts.writingWarnings ?? 0);
  const where = total > 0 ? " (listed above)" : "";
  return `Warnings: ${joinAnd(parts)}${where}.`;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString("en-GB")} ${noun}${n === 1 ? "" : "s"}`;
}
