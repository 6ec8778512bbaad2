/**
 * A new report for `_data/reports.yaml`: a publication the hub files under its own title
 * (`type: other`), for the reporting year the day falls in, published that day. The yearly
 * reports the hub knows by type (EDS, WRES, WDES, the gender pay gap with its six figures) are
 * better written from last year's entry, as each needs its figures.
 */
import { reportingYearOf } from "../schemas/cycle.ts";
import { reportTypes } from "../schemas/reports.ts";
import type { ScaffoldEntry } from "./entry.ts";
import type { ScaffoldInput } from "./input.ts";
import { placeholderDocument } from "./placeholder-link.ts";
import { idFromTitle } from "./unique-id.ts";

export function newReport({ title, today, data }: ScaffoldInput): ScaffoldEntry {
  const year = reportingYearOf(today);
  const { document, edits } = placeholderDocument(data.organisation, {
    title,
    file: `${idFromTitle(title)}-${year.replace("/", "-")}.pdf`,
    fallback: "/reports/",
    at: ["documents", 0],
  });
  return {
    file: "reports.yaml",
    list: "reports",
    label: `report '${title}'`,
    value: {
      type: "other",
      title,
      year,
      publishedOn: today,
      summary: "One or two sentences on what the report covers and what it found.",
      documents: [document],
    },
    edits: [
      {
        path: ["type"],
        note: `other, or one of ${reportTypes.filter((type) => type !== "other").join(", ")} (then remove title: the type names it)`,
      },
      {
        path: ["year"],
        note: "the reporting year it covers, such as '2025/26'; or, instead, period: { from: 'YYYY-MM-DD', to: 'YYYY-MM-DD' }",
      },
      { path: ["publishedOn"], note: "the day it was published" },
      { path: ["summary"], note: "what it covers and what it found" },
      ...edits,
    ],
  };
}

/** The report already filed under this title and year, if there is one: the archive lists each once. */
export function sameReportIndex(entry: ScaffoldEntry, data: ScaffoldInput["data"]): number {
  const { title, year } = entry.value as { title: string; year: string };
  return data.reports.reports.findIndex(
    (report) => report.type === "other" && report.title?.toLowerCase() === title.toLowerCase() && report.year === year,
  );
}
