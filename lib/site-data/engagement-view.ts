/**
 * Engagement and consultations as their pages show them: each with its status worked out from its
 * dates and today, characteristic ids resolved to names, what happened after it closed, and
 * grouped for the list page. Dates and today are 'YYYY-MM-DD' strings in Europe/London, so they
 * compare as text.
 */
import { daysBetween } from "../dates/arithmetic.ts";
import type { Engagement, EngagementKind, EngagementOutcome, EngagementFile } from "../schemas/engagement.ts";
import type { Characteristic } from "../schemas/protected-characteristics.ts";

export const engagementStatuses = ["upcoming", "open", "closed", "outcome-published"] as const;
export type EngagementStatus = (typeof engagementStatuses)[number];

/** The status in words, as the tag shows it: readers never see the id. */
export const engagementStatusLabels: Record<EngagementStatus, string> = {
  upcoming: "Upcoming",
  open: "Open",
  closed: "Closed",
  "outcome-published": "Outcome published",
};

export const engagementKindLabels: Record<EngagementKind, string> = {
  engagement: "Engagement",
  consultation: "Consultation",
};

/**
 * What the page of a closed one says happened next: the outcome; that we are still considering
 * what we heard (only for `outcomeExpectedWithinWeeks` after it closed, and never once the
 * organisation has closed); or, after that, that no outcome has been published.
 */
export type EngagementNextStep = "outcome" | "considering" | "no-outcome";

export interface EngagementItemView extends Omit<Engagement, "groups" | "outcome"> {
  status: EngagementStatus;
  statusLabel: string;
  kindLabel: string;
  /** In the order the file lists them. */
  characteristics: Characteristic[];
  seldomHeard: string[];
  /** Only once its publishedOn day has come: an outcome written ahead of time stays hidden. */
  outcome?: EngagementOutcome;
  /** Once it has closed. */
  nextStep?: EngagementNextStep;
}

export type EngagementGroupId = "open" | "upcoming" | "closed";

export interface EngagementGroup {
  id: EngagementGroupId;
  heading: string;
  engagements: EngagementItemView[];
}

export interface EngagementView {
  /** Every engagement, in the list page's order: one page each. */
  engagements: EngagementItemView[];
  /** Open, then upcoming, then closed; groups with nothing in them are left out. */
  groups: EngagementGroup[];
  /** Open today, closing soonest first: the home page invites readers to these. */
  openNow: EngagementItemView[];
}

/**
 * Open on both its opening and its closing day, whatever its closing time: the build knows the
 * day, not the hour, and the page gives the time. Without an opening day (a record of an old one)
 * it is open until it closes. After it closes, "outcome published" once the outcome's day has
 * come, otherwise "closed".
 */
export function engagementStatus(
  engagement: Pick<Engagement, "opens" | "closes" | "outcome">,
  today: string,
): EngagementStatus {
  if (engagement.opens !== undefined && today < engagement.opens) return "upcoming";
  if (today <= engagement.closes) return "open";
  return hasPublishedOutcome(engagement, today) ? "outcome-published" : "closed";
}

/**
 * `organisationClosed`: the organisation has closed, so nobody there is still considering what it
 * heard. Statuses still use the real today: one that was open when it closed has closed since.
 */
export function buildEngagementView(
  file: EngagementFile,
  characteristics: Characteristic[],
  today: string,
  organisationClosed = false,
): EngagementView {
  const context = { characteristics, today, organisationClosed, outcomeWeeks: file.outcomeExpectedWithinWeeks };
  const items = file.engagements.map((engagement) => buildItem(engagement, context));
  const groups: EngagementGroup[] = [
    // The one closing soonest is the one a reader can least afford to miss.
    {
      id: "open",
      heading: "Open now",
      engagements: sorted(
        items.filter((item) => item.status === "open"),
        (a, b) => compare(a.closes, b.closes),
      ),
    },
    {
      id: "upcoming",
      heading: "Coming up",
      engagements: sorted(
        items.filter((item) => item.status === "upcoming"),
        (a, b) => compare(a.opens ?? "", b.opens ?? ""),
      ),
    },
    // Most recently closed first: the outcome readers are waiting for is likely the newest.
    {
      id: "closed",
      heading: "Closed",
      engagements: sorted(
        items.filter((item) => item.status === "closed" || item.status === "outcome-published"),
        (a, b) => compare(b.closes, a.closes),
      ),
    },
  ];
  const shown = groups.filter((group) => group.engagements.length > 0);
  return {
    engagements: shown.flatMap((group) => group.engagements),
    groups: shown,
    openNow: groups[0]?.engagements ?? [],
  };
}

interface ItemContext {
  characteristics: Characteristic[];
  today: string;
  organisationClosed: boolean;
  outcomeWeeks: number;
}

function buildItem(engagement: Engagement, context: ItemContext): EngagementItemView {
  const { groups, outcome, ...rest } = engagement;
  const { characteristics, today } = context;
  const status = engagementStatus(engagement, today);
  const nextStep = nextStepOf(engagement, status, context);
  return {
    ...rest,
    status,
    statusLabel: engagementStatusLabels[status],
    kindLabel: engagementKindLabels[engagement.kind],
    characteristics: groups.characteristics.flatMap((id) => characteristics.filter((item) => item.id === id)),
    seldomHeard: groups.seldomHeard,
    ...(outcome && status === "outcome-published" ? { outcome } : {}),
    ...(nextStep ? { nextStep } : {}),
  };
}

/** "Considering" until that many weeks after its closing day, that day included. */
function nextStepOf(
  engagement: Engagement,
  status: EngagementStatus,
  { today, organisationClosed, outcomeWeeks }: ItemContext,
): EngagementNextStep | undefined {
  if (status === "outcome-published") return "outcome";
  if (status !== "closed") return undefined;
  if (organisationClosed) return "no-outcome";
  return daysBetween(engagement.closes, today) <= outcomeWeeks * 7 ? "considering" : "no-outcome";
}

function hasPublishedOutcome(engagement: Pick<Engagement, "closes" | "outcome">, today: string): boolean {
  return engagement.outcome !== undefined && engagement.outcome.publishedOn <= today && engagement.closes < today;
}

/** Ties keep the order of the file (Array.prototype.sort is stable), so the page never reshuffles. */
function sorted(
  items: EngagementItemView[],
  order: (a: EngagementItemView, b: EngagementItemView) => number,
): EngagementItemView[] {
  return [...items].sort(order);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
