/**
 * The reports archive described in words from what reports.yaml holds, for the home page's card
 * and the reports page's description and lede: a hub with no gender pay gap report never says it
 * publishes one, the EDS is named in the version outcomes.yaml records, and reports of type other
 * (statements, quarterly updates) are mentioned once, as the other publications they are.
 */
import { listInWords } from "../filters/list-in-words.ts";
import type { ReportsFile, TypedReportType } from "../schemas/reports.ts";
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
function workforce(held: Set<TypedReportType>, both: string, race: string, disability: string): string[] {
  if (held.has("wres") && held.has("wdes")) return [both];
  if (held.has("wres")) return [race];
  if (held.has("wdes")) return [disability];
  return [];
}

export function buildReportsSummaryView(reports: ReportsFile, eds: EdsView, closed: boolean): ReportsSummaryView {
  const held = new Set(reports.reports.flatMap((report) => (report.type === "other" ? [] : [report.type])));
  const others = reports.reports.some((report) => report.type === "other");
  if (held.size === 0 && !others) {
    const none = closed
      ? "We published no yearly equality reports here."
      : "Our yearly equality reports, once we publish them.";
    return { cardText: none, description: none };
  }
  const filed = "each under the year it covers.";
  if (held.size === 0) {
    const only = "Our reports and statements about equality, year by year.";
    const lede = closed
      ? `Here are the reports and statements about equality we published, ${filed}`
      : `Here are our reports and statements about equality, ${filed}`;
    return { cardText: only, description: only, lede };
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
  const named: Record<TypedReportType, string> = {
    eds: `the ${eds.name} (EDS)`,
    wres: "the Workforce Race Equality Standard (WRES)",
    wdes: "the Workforce Disability Equality Standard (WDES)",
    "gender-pay-gap": "our gender pay gap",
  };
  const order: TypedReportType[] = ["eds", "wres", "wdes", "gender-pay-gap"];
  // The EDS grades services as well as the workforce; the other three are about staff alone.
  const about = held.has("eds") ? "our patients and our staff" : "our staff";
  const lede = `Each year we ${closed ? "reported" : "report"} on equality for ${about}: ${listInWords(
    order.filter((type) => held.has(type)).map((type) => named[type]),
  )}.`;
  const withOthers = others ? ", with our other equality publications" : "";
  return {
    cardText: `Our ${seriesInWords(card)} reports${withOthers}, year by year.`,
    description: `Our ${seriesInWords(standards)} reports${withOthers}, year by year.`,
    lede: others
      ? `${lede} We also ${closed ? "published" : "publish"} other reports and statements about equality, ${filed}`
      : lede,
  };
}
