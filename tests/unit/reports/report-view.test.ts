/** The reports archive as readers meet it: years newest first, reports in a fixed order, figures in words. */
import { describe, expect, it } from "vitest";
import { buildReportsView, gapInWords } from "../../../lib/site-data/report-view.ts";
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
const view = buildReportsView(file, "2026-11-23");

describe("the reports archive", () => {
  it("lists reporting years newest first, whatever order the file uses", () => {
    expect(view.years.map((group) => group.year)).toEqual(["2025/26", "2024/25"]);
  });

  it("lists a year's reports as EDS, WRES, WDES then gender pay gap, with their names in words", () => {
    expect(view.years[0]?.reports.map((report) => report.name)).toEqual([
      "Equality Delivery System 2022 (EDS)",
      "Workforce Race Equality Standard (WRES)",
      "Workforce Disability Equality Standard (WDES)",
      "Gender pay gap",
    ]);
  });

  it("gives each gender pay gap report a page named after the year of its snapshot", () => {
    expect(view.genderPayGapReports.map((report) => report.url)).toEqual(["/reports/gender-pay-gap-2025/"]);
    expect(view.years[1]?.reports[0]?.url).toBeUndefined();
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
    expect(buildReportsView({ reports: [] }, "2026-11-23")).toEqual({ years: [], genderPayGapReports: [] });
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
