/**
 * Cross-entry checks for _data/reports.yaml: one report of each type a year, and one of each title
 * for each year or period (two would show the archive twice and leave readers unsure which is
 * right); no typed report published before the date its figures describe (usually the year typed
 * wrong, or a block copied from last year); and a `schedule` that names a publication in
 * publication-schedule.yaml.
 */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { errorAt, locate } from "../locate.ts";
import { references } from "./rules.ts";
import { periodInWords } from "../../schedule/cycle.ts";
import { dataDateOf, type Report } from "../../schemas/reports.ts";

/** What two reports must not share, and how the message names it. */
function identity(report: Report): { key: string; words: string; field: "year" | "period" } {
  const covers = report.period ? periodInWords(report.period) : (report.year ?? "");
  const field = report.period ? "period" : "year";
  if (report.type === "other") {
    const title = report.title ?? "";
    return { key: `other ${title.toLowerCase()} ${covers}`, words: `a report titled '${title}' for ${covers}`, field };
  }
  return { key: `${report.type} ${covers}`, words: `a ${report.type} report for ${covers}`, field };
}

export function checkReports(
  { reports: { reports }, publicationSchedule: { entries } }: HubData,
  files: HubFiles,
): DataError[] {
  const yaml = files["reports.yaml"];
  const identities = reports.map(identity);
  const keys = identities.map((item) => item.key);
  const duplicates = identities.flatMap(({ key, words, field }, index) => {
    const first = keys.indexOf(key);
    if (first === index) return [];
    const firstLine = locate(yaml, ["reports", first, field]).line;
    const fix =
      reports[index]?.type === "other"
        ? "list each report once, or correct this one's title, year or period"
        : "list each report once a year, or correct this one's type or year";
    return [errorAt(yaml, ["reports", index, field], `there is already ${words} on line ${firstLine}: ${fix}`)];
  });
  // Dates are YYYY-MM-DD, so they compare as text.
  const early = reports.flatMap((report, index) => {
    if (report.type === "other" || report.year === undefined) return [];
    const dataDate = dataDateOf(report.type, report.year);
    if (report.publishedOn >= dataDate) return [];
    const what =
      report.type === "eds"
        ? `the reporting year ${report.year} began on ${dataDate}`
        : `its figures for ${report.year} are as at ${dataDate}`;
    return [
      errorAt(
        yaml,
        ["reports", index, "publishedOn"],
        `published on ${report.publishedOn}, but ${what}: check the date and the year`,
      ),
    ];
  });
  const uses = reports.flatMap((report, index) =>
    report.schedule === undefined ? [] : [{ id: report.schedule, path: ["reports", index, "schedule"] }],
  );
  const unknown = references(
    yaml,
    uses,
    entries.map((entry) => entry.id),
    "schedule entry",
    "publication-schedule.yaml",
  );
  const duties = uses.flatMap((use) =>
    entries.some((entry) => entry.id === use.id && entry.kind === "duty")
      ? [
          errorAt(
            yaml,
            use.path,
            `'${use.id}' is a duty in publication-schedule.yaml (kind: duty), not a publication: point schedule at the entry for this report`,
          ),
        ]
      : [],
  );
  return [...duplicates, ...early, ...unknown, ...duties];
}
