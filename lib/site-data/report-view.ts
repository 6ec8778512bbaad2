/**
 * The reports archive as its pages show it: reporting years newest first; in each year, one
 * heading for each kind of report, the typed ones in one fixed order with their names in words and
 * then the others by title, each report on a period under its period in words; and the gender pay
 * gap's six figures shaped as tables (label, formatted value, and what a negative or positive gap
 * means).
 */
import { percent } from "../filters/percent.ts";
import { periodInWords } from "../schedule/cycle.ts";
import { edsVersionFacts } from "../scorecard/versions.ts";
import { howOften } from "../schedule/derive.ts";
import type { HubDocument } from "../schemas/document.ts";
import type { PublicationScheduleFile } from "../schemas/publication-schedule.ts";
import {
  archiveYearOf,
  firstYearOf,
  quartileNames,
  type GenderPayGap,
  type Quartile,
  type Report,
  type ReportType,
  type ReportsFile,
  type TypedReportType,
} from "../schemas/reports.ts";

/** The order typed reports appear in within a year, and their names in words. */
export const reportTypeNames: Record<TypedReportType, string> = {
  eds: "Equality Delivery System 2022 (EDS)",
  wres: "Workforce Race Equality Standard (WRES)",
  wdes: "Workforce Disability Equality Standard (WDES)",
  "gender-pay-gap": "Gender pay gap",
};
/**
 * An EDS report is on the version graded that year: EDS2 until 2021/22, EDS 2022 from 2022/23
 * (lib/scorecard/versions.ts), so an archive's older EDS reports are not called EDS 2022.
 */
function edsReportName(year: string | undefined): string {
  const eds2 = edsVersionFacts.eds2;
  if (year !== undefined && firstYearOf(year) <= (eds2.lastYear ?? Infinity)) return `${eds2.name} (${eds2.shortName})`;
  return reportTypeNames.eds;
}

/** Typed reports first, in the order above; reports of type other after them. */
const typeOrder: ReportType[] = [...(Object.keys(reportTypeNames) as TypedReportType[]), "other"];

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
  /** The heading it is listed under: a type's name, such as "Workforce Race Equality Standard (WRES)", or its title. */
  name: string;
  /** The reporting year it is filed under in the archive. */
  year: string;
  /** A report on a period: the period in words, such as "April to June 2025", its own heading. */
  period?: string | undefined;
  publishedOn: string;
  summary?: string | undefined;
  documents: HubDocument[];
  /** The page showing its figures: gender pay gap reports only. */
  url?: string | undefined;
  genderPayGap?: GenderPayGapView | undefined;
  /** How often it is published, and its row in the publication schedule, when `schedule` names one. */
  schedule?: { text: string; url: string; linkText: string } | undefined;
}

/** The reports of one kind in one year: one heading, and under it one or more reports. */
export interface ReportKindView {
  name: string;
  reports: ReportView[];
}

export interface ReportYearView {
  year: string;
  /** Its heading's id on the reports page, 'year-2025-26' (yearAnchor): the feed links to it. */
  id: string;
  kinds: ReportKindView[];
}

export interface ReportsView {
  /** Newest reporting year first. */
  years: ReportYearView[];
  /** One page each, newest first. */
  genderPayGapReports: ReportView[];
}

/** The id of a reporting year's heading on the reports page: '2025/26' is 'year-2025-26'. */
export function yearAnchor(year: string): string {
  return `year-${year.replace(/\//g, "-")}`;
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

type Schedule = PublicationScheduleFile["entries"];

/** The schedule entry's rule in words, as a sentence about this report, and a link to its row. */
function scheduleLink(id: string | undefined, entries: Schedule, closed: boolean): ReportView["schedule"] {
  const entry = entries.find((item) => item.id === id);
  if (entry === undefined) return undefined;
  return {
    text: `We ${closed ? "published" : "publish"} it ${howOften(entry.rule)}.`,
    url: `/publication-schedule/#${entry.id}`,
    linkText: `${entry.title} in our publication schedule`,
  };
}

export function buildReportView(report: Report, entries: Schedule, closed: boolean): ReportView {
  return {
    type: report.type,
    name:
      report.type === "other"
        ? (report.title ?? "")
        : report.type === "eds"
          ? edsReportName(report.year)
          : reportTypeNames[report.type],
    year: archiveYearOf(report),
    period: report.period ? periodInWords(report.period) : undefined,
    publishedOn: report.publishedOn,
    summary: report.summary,
    documents: report.documents,
    url: report.type === "gender-pay-gap" ? genderPayGapUrl(archiveYearOf(report)) : undefined,
    genderPayGap: report.genderPayGap ? buildGenderPayGapView(report.genderPayGap) : undefined,
    schedule: scheduleLink(report.schedule, entries, closed),
  };
}

/** Newest year first; in a year, by type, then title; within a title, by the period it covers. */
function archiveOrder(a: Report, b: Report): number {
  return (
    firstYearOf(archiveYearOf(b)) - firstYearOf(archiveYearOf(a)) ||
    typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type) ||
    (a.title ?? "").localeCompare(b.title ?? "") ||
    (a.period?.from ?? "").localeCompare(b.period?.from ?? "") ||
    a.publishedOn.localeCompare(b.publishedOn)
  );
}

/**
 * `schedule` gives the entries reports link to; `closed`, whether the organisation has closed, so
 * they are spoken of in the past.
 */
export function buildReportsView(file: ReportsFile, schedule: PublicationScheduleFile, closed: boolean): ReportsView {
  const reports = [...file.reports]
    .sort(archiveOrder)
    .map((report) => buildReportView(report, schedule.entries, closed));
  const years: ReportYearView[] = [];
  for (const report of reports) {
    let year = years.at(-1);
    if (year?.year !== report.year) {
      year = { year: report.year, id: yearAnchor(report.year), kinds: [] };
      years.push(year);
    }
    const kind = year.kinds.at(-1);
    if (kind?.name === report.name && kind.reports[0]?.type === report.type) kind.reports.push(report);
    else year.kinds.push({ name: report.name, reports: [report] });
  }
  return { years, genderPayGapReports: reports.filter((report) => report.type === "gender-pay-gap") };
}
