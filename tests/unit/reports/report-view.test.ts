/** The reports archive as readers meet it: years newest first, reports in a fixed order, figures in words. */
import { describe, expect, it } from "vitest";
import { buildReportsView, gapInWords } from "../../../lib/site-data/report-view.ts";
import { publicationScheduleSchema } from "../../../lib/schemas/publication-schedule.ts";
import { reportsSchema } from "../../../lib/schemas/reports.ts";
import { percent } from "../../../lib/filters/index.ts";

const pdf = [{ title: "Report", url: "/report.pdf", format: "PDF", size: "240 KB" }];
const figures = {
  snapshotDate: "2025-03-31",
  meanHourlyGap: 12.4,
  medianHourlyGap: -3.1,
  meanBonusGap: 0,
  medianBonusGap: 20,
  bonusReceived: { men: 5, women: 4.5 },
  quartiles: {
    lower: { men: 20, women: 80 },
    lowerMiddle: { men: 30, women: 70 },
    upperMiddle: { men: 35, women: 65 },
    upper: { men: 45.5, women: 54.5 },
  },
};

const file = reportsSchema.parse({
  reports: [
    { type: "gender-pay-gap", year: "2025/26", publishedOn: "2026-03-24", documents: pdf, genderPayGap: figures },
    { type: "wres", year: "2024/25", publishedOn: "2024-10-30", documents: pdf },
    { type: "wdes", year: "2025/26", publishedOn: "2025-10-29", documents: pdf },
    { type: "eds", year: "2025/26", publishedOn: "2026-02-24", documents: pdf },
    { type: "wres", year: "2025/26", publishedOn: "2025-10-29", documents: pdf },
  ],
});
const noSchedule = publicationScheduleSchema.parse({
  entries: [
    {
      id: "wres",
      title: "WRES report",
      duty: "NHS Standard Contract",
      rule: { type: "fixed-yearly", date: "10-31" },
      owner: "Chief People Officer",
    },
  ],
});
const view = buildReportsView(file, noSchedule, false);

/** The names under each year's headings, as `kind` or `kind: period`. */
function headings(reports: ReturnType<typeof buildReportsView>): string[][] {
  return reports.years.map((year) =>
    year.kinds.flatMap((kind) =>
      kind.reports.map((report) => (report.period ? `${kind.name}: ${report.period}` : kind.name)),
    ),
  );
}

describe("the reports archive", () => {
  it("lists reporting years newest first, whatever order the file uses", () => {
    expect(view.years.map((group) => group.year)).toEqual(["2025/26", "2024/25"]);
  });

  it("lists a year's reports as EDS, WRES, WDES then gender pay gap, with their names in words", () => {
    expect(view.years[0]?.kinds.map((kind) => kind.name)).toEqual([
      "Equality Delivery System 2022 (EDS)",
      "Workforce Race Equality Standard (WRES)",
      "Workforce Disability Equality Standard (WDES)",
      "Gender pay gap",
    ]);
  });

  it("names an EDS report of the years before EDS 2022 after EDS2, the version graded then", () => {
    const archive = reportsSchema.parse({
      reports: [
        { type: "eds", year: "2021/22", publishedOn: "2022-02-25", documents: pdf },
        { type: "eds", year: "2022/23", publishedOn: "2023-02-24", documents: pdf },
      ],
    });
    expect(buildReportsView(archive, noSchedule, false).years.map((year) => year.kinds[0]?.name)).toEqual([
      "Equality Delivery System 2022 (EDS)",
      "Equality Delivery System 2 (EDS2)",
    ]);
  });

  it("gives each gender pay gap report a page named after the year of its snapshot", () => {
    expect(view.genderPayGapReports.map((report) => report.url)).toEqual(["/reports/gender-pay-gap-2025/"]);
    expect(view.years[1]?.kinds[0]?.reports[0]?.url).toBeUndefined();
  });

  it("shapes the four gaps as rows that say which way each gap goes", () => {
    expect(view.genderPayGapReports[0]?.genderPayGap?.gaps.rows).toEqual([
      ["Mean hourly pay gap", "12.4%", "Women's mean hourly pay is 12.4% lower than men's"],
      ["Median hourly pay gap", "\u22123.1%", "Women's median hourly pay is 3.1% higher than men's"],
      ["Mean bonus pay gap", "0.0%", "Women's and men's mean bonus pay is the same"],
      ["Median bonus pay gap", "20.0%", "Women's median bonus pay is 20.0% lower than men's"],
    ]);
  });

  it("shapes who received a bonus and the pay quartiles, lowest paid first", () => {
    const gap = view.genderPayGapReports[0]?.genderPayGap;
    expect(gap?.bonusReceived.rows).toEqual([
      ["Men", "5.0%"],
      ["Women", "4.5%"],
    ]);
    expect(gap?.quartiles.rows).toEqual([
      ["Lower quartile (lowest paid)", "20.0%", "80.0%"],
      ["Lower middle quartile", "30.0%", "70.0%"],
      ["Upper middle quartile", "35.0%", "65.0%"],
      ["Upper quartile (highest paid)", "45.5%", "54.5%"],
    ]);
  });

  it("has no years when nothing is published", () => {
    expect(buildReportsView({ reports: [] }, noSchedule, false)).toEqual({ years: [], genderPayGapReports: [] });
  });
});

describe("reports of type other in the archive", () => {
  const quarter = (from: string, to: string, publishedOn: string) => ({
    type: "other",
    title: "Equality impact assessment update",
    period: { from, to },
    publishedOn,
    documents: pdf,
  });
  const general = reportsSchema.parse({
    reports: [
      quarter("2025-07-01", "2025-09-30", "2025-10-20"),
      {
        type: "other",
        title: "Modern Slavery Act statement",
        year: "2025/26",
        publishedOn: "2025-09-10",
        documents: pdf,
        schedule: "wres",
      },
      quarter("2026-01-01", "2026-03-31", "2026-04-21"),
      { type: "wres", year: "2025/26", publishedOn: "2025-10-29", documents: pdf },
      quarter("2025-04-01", "2025-06-30", "2025-07-18"),
      {
        type: "other",
        title: "Accessible Information Standard statement",
        year: "2025/26",
        publishedOn: "2025-06-02",
        documents: pdf,
      },
    ],
  });

  it("files a report on a period under the reporting year the period ends in, after the typed reports, by title then period", () => {
    expect(headings(buildReportsView(general, noSchedule, false))).toEqual([
      [
        "Workforce Race Equality Standard (WRES)",
        "Accessible Information Standard statement",
        "Equality impact assessment update: April to June 2025",
        "Equality impact assessment update: July to September 2025",
        "Equality impact assessment update: January to March 2026",
        "Modern Slavery Act statement",
      ],
    ]);
  });

  it("puts the reports of one title in a year under one heading", () => {
    const year = buildReportsView(general, noSchedule, false).years[0];
    expect(year?.kinds.map((kind) => [kind.name, kind.reports.length])).toEqual([
      ["Workforce Race Equality Standard (WRES)", 1],
      ["Accessible Information Standard statement", 1],
      ["Equality impact assessment update", 3],
      ["Modern Slavery Act statement", 1],
    ]);
  });

  it("says how often a report linked to the schedule is published, and links to its row", () => {
    const statement = (closed: boolean) =>
      buildReportsView(general, noSchedule, closed).years[0]?.kinds.at(-1)?.reports[0]?.schedule;
    expect([statement(false), statement(true)?.text]).toEqual([
      {
        text: "We publish it every year by 31 October.",
        url: "/publication-schedule/#wres",
        linkText: "WRES report in our publication schedule",
      },
      "We published it every year by 31 October.",
    ]);
  });

  it("names a calendar year by the year alone, and other days in full", () => {
    const odd = reportsSchema.parse({
      reports: [
        { ...quarter("2024-01-01", "2024-12-31", "2025-01-20"), title: "Workforce diversity profile" },
        { ...quarter("2024-04-01", "2024-05-15", "2024-06-01"), title: "Board papers" },
      ],
    });
    expect(headings(buildReportsView(odd, noSchedule, false))).toEqual([
      ["Board papers: 1 April to 15 May 2024", "Workforce diversity profile: 2024"],
    ]);
  });
});

describe("figures in words", () => {
  it("percent writes one decimal place and a true minus sign, and nothing for a missing figure", () => {
    expect([percent(12.4), percent(-3.1), percent(7), percent(-0.04), percent(undefined)]).toEqual([
      "12.4%",
      "\u22123.1%",
      "7.0%",
      "0.0%",
      "",
    ]);
  });

  it("a gap that rounds to nothing is no gap", () => {
    expect(gapInWords(0.04, "median hourly pay")).toBe("Women's and men's median hourly pay is the same");
  });
});
