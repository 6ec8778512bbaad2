/** The reports archive in words, from what reports.yaml holds and the EDS version outcomes.yaml records. */
import { describe, expect, it } from "vitest";
import type { ReportType, ReportsFile } from "../../../lib/schemas/reports.ts";
import { buildEdsView } from "../../../lib/site-data/eds-view.ts";
import { buildReportsSummaryView } from "../../../lib/site-data/reports-summary-view.ts";

const eds = buildEdsView({});

function holding(...types: ReportType[]): ReportsFile {
  return {
    reports: types.map(
      (type) =>
        ({
          type,
          year: "2025/26",
          publishedOn: "2026-10-20",
          documents: [],
        }) as unknown as ReportsFile["reports"][number],
    ),
  };
}

describe("the reports archive in words", () => {
  it("names all four kinds as the example hub always has", () => {
    expect(buildReportsSummaryView(holding("eds", "wres", "wdes", "gender-pay-gap"), eds, false)).toEqual({
      cardText:
        "Our Equality Delivery System, workforce race and disability, and gender pay gap reports, year by year.",
      description:
        "Our Equality Delivery System, Workforce Race and Disability Equality Standard, and gender pay gap reports, year by year.",
      lede: "Each year we report on equality for our patients and our staff: the Equality Delivery System 2022 (EDS), the Workforce Race Equality Standard (WRES), the Workforce Disability Equality Standard (WDES) and our gender pay gap.",
    });
  });

  it("never mentions a gender pay gap that reports.yaml does not hold", () => {
    const summary = buildReportsSummaryView(holding("eds", "wres"), eds, false);
    expect(summary).toEqual({
      cardText: "Our Equality Delivery System and workforce race equality reports, year by year.",
      description: "Our Equality Delivery System and Workforce Race Equality Standard reports, year by year.",
      lede: "Each year we report on equality for our patients and our staff: the Equality Delivery System 2022 (EDS) and the Workforce Race Equality Standard (WRES).",
    });
  });

  it("speaks of staff alone, in the past, for a closed organisation with only workforce reports", () => {
    expect(buildReportsSummaryView(holding("wdes"), eds, true).lede).toBe(
      "Each year we reported on equality for our staff: the Workforce Disability Equality Standard (WDES).",
    );
  });

  it("claims no kind of report when there are none, and leaves the lede to the page's empty state", () => {
    expect([buildReportsSummaryView(holding(), eds, false), buildReportsSummaryView(holding(), eds, true)]).toEqual([
      {
        cardText: "Our yearly equality reports, once we publish them.",
        description: "Our yearly equality reports, once we publish them.",
      },
      {
        cardText: "We published no yearly equality reports here.",
        description: "We published no yearly equality reports here.",
      },
    ]);
  });
});

describe("the EDS version", () => {
  it("is EDS 2022 when outcomes.yaml says so, and when it does not say", () => {
    expect([buildEdsView({ version: "eds-2022" }), buildEdsView({})]).toEqual([
      { version: "eds-2022", name: "Equality Delivery System 2022", shortName: "EDS 2022" },
      { version: "eds-2022", name: "Equality Delivery System 2022", shortName: "EDS 2022" },
    ]);
  });
});

describe("the reports archive in words, with reports of type other", () => {
  it("mentions the other publications once, after the typed reports", () => {
    expect(buildReportsSummaryView(holding("eds", "gender-pay-gap", "other"), eds, false)).toEqual({
      cardText:
        "Our Equality Delivery System and gender pay gap reports, with our other equality publications, year by year.",
      description:
        "Our Equality Delivery System and gender pay gap reports, with our other equality publications, year by year.",
      lede: "Each year we report on equality for our patients and our staff: the Equality Delivery System 2022 (EDS) and our gender pay gap. We also publish other reports and statements about equality, each under the year it covers.",
    });
  });

  it("claims no yearly report when it holds only other publications, in the past once it has closed", () => {
    expect([
      buildReportsSummaryView(holding("other"), eds, false),
      buildReportsSummaryView(holding("other"), eds, true).lede,
    ]).toEqual([
      {
        cardText: "Our reports and statements about equality, year by year.",
        description: "Our reports and statements about equality, year by year.",
        lede: "Here are our reports and statements about equality, each under the year it covers.",
      },
      "Here are the reports and statements about equality we published, each under the year it covers.",
    ]);
  });
});
