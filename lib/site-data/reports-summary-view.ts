/**
 * The reports archive described in words from what reports.yaml holds, for the home page's card
 * and the reports page's description and lede: a hub with no gender pay gap report never says it
 * publishes one, and the EDS is named in the version outcomes.yaml records.
 */
import { listInWords } from "../filters/list-in-words.ts";
import type { ReportType, ReportsFile } from "../schemas/reports.ts";
import type { EdsView } from "./eds-view.ts";

export interface ReportsSummaryView {
  /** "Our Equality Delivery System, workforce race and disability, and gender pay gap reports, year by year." */
  cardText: string;
  /** The reports page's description, in the same words with the standards' own names. */
  description: string;
  /** The reports page's opening paragraph; undefined when there are no reports (the page says so). */
  lede?: string;
}

/** "A", "A and B", "A, B, and C": the comma before "and" keeps "race and disability" in one piece. */
function seriesInWords(parts: string[]): string {
  return parts.length > 2 ? `${parts.slice(0, -1).join(", ")}, and ${parts.at(-1)}` : listInWords(parts);
}

/** The workforce standards as one phrase: both share a name, so "race and disability" says both. */
function workforce(held: Set<ReportType>, both: string, race: string, disability: string): string[] {
  if (held.has("wres") && held.has("wdes")) return [both];
  if (held.has("wres")) return [race];
  if (held.has("wdes")) return [disability];
  return [];
}

export function buildReportsSummaryView(reports: ReportsFile, eds: EdsView, closed: boolean): ReportsSummaryView {
  const held = new Set(reports.reports.map((report) => report.type));
  if (held.size === 0) {
    const none = closed
      ? "We published no yearly equality reports here."
      : "Our yearly equality reports, once we publish them.";
    return { cardText: none, description: none };
  }
  const edsPart = held.has("eds") ? ["Equality Delivery System"] : [];
  const payGap = held.has("gender-pay-gap") ? ["gender pay gap"] : [];
  const card = [
    ...edsPart,
    ...workforce(held, "workforce race and disability", "workforce race equality", "workforce disability equality"),
    ...payGap,
  ];
  const standards = [
    ...edsPart,
    ...workforce(
      held,
      "Workforce Race and Disability Equality Standard",
      "Workforce Race Equality Standard",
      "Workforce Disability Equality Standard",
    ),
    ...payGap,
  ];
  const named: Record<ReportType, string> = {
    eds: `the ${eds.name} (EDS)`,
    wres: "the Workforce Race Equality Standard (WRES)",
    wdes: "the Workforce Disability Equality Standard (WDES)",
    "gender-pay-gap": "our gender pay gap",
  };
  const order: ReportType[] = ["eds", "wres", "wdes", "gender-pay-gap"];
  // The EDS grades services as well as the workforce; the other three are about staff alone.
  const about = held.has("eds") ? "our patients and our staff" : "our staff";
  const lede = `Each year we ${closed ? "reported" : "report"} on equality for ${about}: ${listInWords(
    order.filter((type) => held.has(type)).map((type) => named[type]),
  )}.`;
  return {
    cardText: `Our ${seriesInWords(card)} reports, year by year.`,
    description: `Our ${seriesInWords(standards)} reports, year by year.`,
    lede,
  };
}
