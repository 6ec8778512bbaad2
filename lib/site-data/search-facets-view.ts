/**
 * What the search page's filters know about each page made from the data (Pagefind's
 * `data-pagefind-filter`, written by components/search-filters): its page type, the protected
 * characteristics the data links it to, and its years. Pages the data does not make (prose pages
 * and the overview pages) are of type "Information page" with neither, so a filter never claims a
 * link the data does not hold.
 *
 * Years are calendar years, of what the data dates: the year a policy's current version was
 * approved, a report was published, the years an objective's period spans, and the years an
 * engagement ran (from its opening to its closing; its closing year alone when an old record has no opening).
 */
import type { Characteristic } from "../schemas/protected-characteristics.ts";
import type { CharacteristicView } from "./characteristic-view.ts";
import type { EngagementItemView } from "./engagement-view.ts";
import type { ObjectiveView } from "./objective-view.ts";
import type { PolicyView } from "./policy-view.ts";
import type { ReportView } from "./report-view.ts";

/** The filter names as the search page shows them. */
export const SEARCH_FILTER_NAMES = {
  type: "Page type",
  characteristics: "Protected characteristic",
  years: "Year",
} as const;

/** The type of every page the data does not make. */
export const INFORMATION_PAGE = "Information page";

export interface SearchFacets {
  type: string;
  /** Names, as the characteristic pages title them; in the order the data lists them. */
  characteristics: string[];
  /** Calendar years, oldest first, each once. */
  years: string[];
}

export interface SearchFacetsView {
  /** The filter names, for the pages to write. */
  names: typeof SEARCH_FILTER_NAMES;
  /** The pages of no item: every page's default. */
  information: SearchFacets;
  /** By policy id. */
  policies: Record<string, SearchFacets>;
  /** By objective id. */
  objectives: Record<string, SearchFacets>;
  /** By engagement id. */
  engagements: Record<string, SearchFacets>;
  /** By characteristic id. */
  characteristics: Record<string, SearchFacets>;
  /** Gender pay gap reports (the reports with a page of their own), by their address. */
  reports: Record<string, SearchFacets>;
}

export interface SearchFacetsInput {
  policies: PolicyView[];
  objectives: ObjectiveView[];
  engagements: EngagementItemView[];
  characteristics: CharacteristicView[];
  reports: ReportView[];
}

export function buildSearchFacetsView(input: SearchFacetsInput): SearchFacetsView {
  return {
    names: SEARCH_FILTER_NAMES,
    information: facets(INFORMATION_PAGE, [], []),
    policies: byKey(input.policies, (policy) => [policy.id, facets("Policy", [], [yearOf(policy.approved.on)])]),
    objectives: byKey(input.objectives, (objective) => [
      objective.id,
      facets(
        "Equality objective",
        objective.characteristics,
        yearsBetween(objective.period.start, objective.period.end),
      ),
    ]),
    engagements: byKey(input.engagements, (engagement) => [
      engagement.id,
      facets(
        engagement.kindLabel,
        engagement.characteristics,
        yearsBetween(yearOf(engagement.opens ?? engagement.closes), yearOf(engagement.closes)),
      ),
    ]),
    characteristics: byKey(input.characteristics, (characteristic) => [
      characteristic.id,
      facets("Protected characteristic", [characteristic], []),
    ]),
    reports: byKey(
      input.reports.filter((report) => report.url !== undefined),
      (report) => [report.url ?? "", facets("Report", [], [yearOf(report.publishedOn)])],
    ),
  };
}

function facets(
  type: string,
  characteristics: Pick<Characteristic, "name">[],
  years: (string | number)[],
): SearchFacets {
  return {
    type,
    characteristics: [...new Set(characteristics.map((item) => item.name))],
    years: [...new Set(years.map(String))].sort(),
  };
}

function byKey<T>(items: T[], entry: (item: T) => [string, SearchFacets]): Record<string, SearchFacets> {
  return Object.fromEntries(items.map(entry));
}

/** The year of a 'YYYY-MM-DD' date. */
function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function yearsBetween(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first) + 1 }, (_, index) => first + index);
}
