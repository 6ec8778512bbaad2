/**
 * The yearly reports archive as its pages show it: reporting years newest first, each year's
 * reports in one fixed order with their names in words, and the gender pay gap's six figures
 * shaped as tables (label, formatted value, and what a negative or positive gap means).
 */
import { percent } from "../filters/percent.ts";
import type { HubDocument } from "../schemas/document.ts";
import {
  firstYearOf,
  quartileNames,
  type GenderPayGap,
  type Quartile,
  type Report,
  type ReportType,
  type ReportsFile,
} from "../schemas/reports.ts";

/** The order reports appear in within a year, and their names in words. */
export const reportTypeNames: Record<ReportType, string> = {
  eds: "Equality Delivery System 2022 (EDS)",
  wres: "Workforce Race Equality Standard (WRES)",
  wdes: "Workforce Disability Equality Standard (WDES)",
  "gender-pay-gap": "Gender pay gap",
};
const typeOrder = Object.keys(reportTypeNames) as ReportType[];

/** A table of figures, ready for the nhsuk table macro: every cell is text. */
export interface FigureTable {
  caption: string;
  head: string[];
  rows: string[][];
}

export interface GenderPayGapView {
  snapshotDate: string;
  /** The mean and median hourly and bonus pay gaps, each with what it means in words. */
  gaps: FigureTable;
  bonusReceived: FigureTable;
  quartiles: FigureTable;
}

export interface ReportView {
  type: ReportType;
  /** Such as "Workforce Race Equality Standard (WRES)". */
  name: string;
  year: string;
  publishedOn: string;
  summary?: string | undefined;
  documents: HubDocument[];
  /** The page showing its figures: gender pay gap reports only. */
  url?: string | undefined;
  genderPayGap?: GenderPayGapView | undefined;
}

export interface ReportYearView {
  year: string;
  reports: ReportView[];
}

export interface ReportsView {
  /** Newest reporting year first. */
  years: ReportYearView[];
  /** One page each, newest first. */
  genderPayGapReports: ReportView[];
}

/**
 * The gender pay gap's own page, named after the year of its 31 March snapshot, as the report
 * itself usually is: 2025/26 (snapshot 31 March 2025) is /reports/gender-pay-gap-2025/.
 */
export function genderPayGapUrl(year: string): string {
  return `/reports/gender-pay-gap-${firstYearOf(year)}/`;
}

/** "Women's mean hourly pay is 3.1% higher than men's": the sign of a gap, never left to a minus sign. */
export function gapInWords(gap: number, measure: string): string {
  const size = percent(Math.abs(gap));
  if (size === "0.0%") return `Women's and men's ${measure} is the same`;
  return `Women's ${measure} is ${size} ${gap > 0 ? "lower" : "higher"} than men's`;
}

function gapRow(label: string, gap: number, measure: string): string[] {
  return [label, percent(gap), gapInWords(gap, measure)];
}

const quartileOrder: Quartile[] = ["lower", "lowerMiddle", "upperMiddle", "upper"];
const quartileNotes: Record<Quartile, string> = {
  lower: " (lowest paid)",
  lowerMiddle: "",
  upperMiddle: "",
  upper: " (highest paid)",
};

export function buildGenderPayGapView(figures: GenderPayGap): GenderPayGapView {
  return {
    snapshotDate: figures.snapshotDate,
    gaps: {
      caption: "Gender pay gap",
      head: ["Measure", "Gap", "What it means"],
      rows: [
        gapRow("Mean hourly pay gap", figures.meanHourlyGap, "mean hourly pay"),
        gapRow("Median hourly pay gap", figures.medianHourlyGap, "median hourly pay"),
        gapRow("Mean bonus pay gap", figures.meanBonusGap, "mean bonus pay"),
        gapRow("Median bonus pay gap", figures.medianBonusGap, "median bonus pay"),
      ],
    },
    bonusReceived: {
      caption: "Who received a bonus",
      head: ["Employees", "Proportion who received a bonus"],
      rows: [
        ["Men", percent(figures.bonusReceived.men)],
        ["Women", percent(figures.bonusReceived.women)],
      ],
    },
    quartiles: {
      caption: "Men and women in each pay quartile",
      head: ["Pay quartile", "Men", "Women"],
      rows: quartileOrder.map((quartile) => {
        const name = quartileNames[quartile];
        const label = `${name.charAt(0).toUpperCase()}${name.slice(1)} quartile${quartileNotes[quartile]}`;
        return [label, percent(figures.quartiles[quartile].men), percent(figures.quartiles[quartile].women)];
      }),
    },
  };
}

export function buildReportView(report: Report): ReportView {
  return {
    type: report.type,
    name: reportTypeNames[report.type],
    year: report.year,
    publishedOn: report.publishedOn,
    summary: report.summary,
    documents: report.documents,
    url: report.type === "gender-pay-gap" ? genderPayGapUrl(report.year) : undefined,
    genderPayGap: report.genderPayGap ? buildGenderPayGapView(report.genderPayGap) : undefined,
  };
}

function byYearThenType(a: Report, b: Report): number {
  return firstYearOf(b.year) - firstYearOf(a.year) || typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type);
}

/** `today` is unused: a report stays in the archive whatever the date. */
export function buildReportsView(file: ReportsFile, _today: string): ReportsView {
  const reports = [...file.reports].sort(byYearThenType).map(buildReportView);
  const years: ReportYearView[] = [];
  for (const report of reports) {
    const last = years.at(-1);
    if (last?.year === report.year) last.reports.push(report);
    else years.push({ year: report.year, reports: [report] });
  }
  return { years, genderPayGapReports: reports.filter((report) => report.type === "gender-pay-gap") };
}
