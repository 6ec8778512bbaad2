/**
 * Cross-entry checks for _data/reports.yaml: one report of each type a year (two would show the
 * archive twice and leave readers unsure which is right), and none published before the date its
 * figures describe (usually the year typed wrong, or a block copied from last year).
 */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { errorAt, locate } from "../locate.ts";
import { dataDateOf } from "../../schemas/reports.ts";

export function checkReports({ reports: { reports } }: HubData, files: HubFiles): DataError[] {
  const yaml = files["reports.yaml"];
  const keys = reports.map((report) => `${report.type} ${report.year}`);
  const duplicates = keys.flatMap((key, index) => {
    const first = keys.indexOf(key);
    if (first === index) return [];
    const report = reports[index]!;
    const firstLine = locate(yaml, ["reports", first, "year"]).line;
    return [
      errorAt(
        yaml,
        ["reports", index, "year"],
        `there is already a ${report.type} report for ${report.year} on line ${firstLine}: list each report once a year, or correct this one's type or year`,
      ),
    ];
  });
  // Dates are YYYY-MM-DD, so they compare as text.
  const early = reports.flatMap((report, index) => {
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
  return [...duplicates, ...early];
}
