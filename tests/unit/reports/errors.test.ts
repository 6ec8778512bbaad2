/** What the comms team is told when reports.yaml is wrong: the line, the column, and how to fix it. */
import { describe, expect, it } from "vitest";
import { errorsFor, loadFixture } from "../data/fixture-hub.ts";
import { figures, genderPayGap, reportsYaml, wres } from "./reports-yaml.ts";

const FILE = "_data/reports.yaml";

/** Each error as the build prints it, less the file. */
function problems(text: string): string[] {
  return errorsFor({ "reports.yaml": text }).map(
    (error) =>
      `${error.file === FILE ? "" : `${error.file} `}${error.line}:${error.column} ${error.path}: ${error.message}`,
  );
}

describe("checking reports.yaml", () => {
  it("accepts a year with each type of report, and no reports at all", () => {
    const text = reportsYaml(
      wres(),
      genderPayGap(),
      `{ type: eds, year: "2025/26", publishedOn: "2026-02-24", documents: [{ title: Scorecard, url: /eds-scorecard/, format: web page }] }`,
    );
    expect(loadFixture({ "reports.yaml": text }).ok).toBe(true);
    expect(loadFixture({ "reports.yaml": "reports: []\n" }).ok).toBe(true);
  });

  it("says which quartile does not add up to 100, and what it adds up to", () => {
    expect(
      problems(reportsYaml(genderPayGap("2025/26", figures({ lowerMiddle: "{ men: 30, women: 65.5 }" })))),
    ).toEqual([
      "2:373 reports[0].genderPayGap.quartiles.lowerMiddle: in the lower middle quartile men (30%) and women (65.5%) add up to 95.5%, not 100%: check both figures",
    ]);
  });

  it("allows a quartile to be out by a tenth, as rounding to one decimal place can make it", () => {
    expect(
      loadFixture({
        "reports.yaml": reportsYaml(genderPayGap("2025/26", figures({ lowerMiddle: "{ men: 30.1, women: 70 }" }))),
      }).ok,
    ).toBe(true);
  });

  it("asks for the six figures on a gender pay gap report without them", () => {
    expect(problems(reportsYaml(genderPayGap("2025/26", null)))).toEqual([
      "2:5 reports[0].genderPayGap: add 'genderPayGap' (a gender pay gap report gives its six figures here, so readers can see them without opening the document: snapshotDate, the four gaps, bonusReceived and quartiles)",
    ]);
  });

  it("points at gender pay gap figures on a WRES report", () => {
    expect(problems(reportsYaml(wres("2025/26", "2025-10-29", `, genderPayGap: ${figures()}`)))).toEqual([
      "2:154 reports[0].genderPayGap: genderPayGap belongs only on a report of type gender-pay-gap: remove it from this wres report, or change its type",
    ]);
  });

  it("says what a reporting year written '2025/27' should be", () => {
    expect(problems(reportsYaml(wres("2025/27")))).toEqual([
      "2:25 reports[0].year: '2025/27' is not a reporting year: the second part is the year after the first, so write '2025/26'",
    ]);
  });

  it("puts the snapshot on 31 March of the reporting year's first year", () => {
    expect(problems(reportsYaml(genderPayGap("2025/26", figures({ snapshotDate: "2026-03-31" }))))).toEqual([
      "2:180 reports[0].genderPayGap.snapshotDate: a public body's snapshot date is 31 March, which for the reporting year 2025/26 is '2025-03-31': check the snapshot date and the year",
    ]);
  });

  it("rejects a gap above 100% and a figure with two decimal places", () => {
    expect(
      problems(
        reportsYaml(
          genderPayGap("2025/26", figures({ meanHourlyGap: 112.4 })),
          genderPayGap("2024/25", figures({ meanHourlyGap: 12.45, snapshotDate: "2024-03-31" })),
        ),
      ),
    ).toEqual([
      "2:209 reports[0].genderPayGap.meanHourlyGap: a gap above 100% is not possible (100% would mean women are paid nothing): check the figure (found the number 112.4)",
      "3:209 reports[1].genderPayGap.meanHourlyGap: round to one decimal place, such as 12.4, as the gender pay gap service does",
    ]);
  });

  it("points at the second report of the same type and year, and names the line of the first", () => {
    expect(problems(reportsYaml(wres(), genderPayGap(), wres("2025/26", "2025-11-03")))).toEqual([
      "4:25 reports[2].year: there is already a wres report for 2025/26 on line 2: list each report once a year, or correct this one's type or year",
    ]);
  });

  it("points at a report published before the date its figures describe", () => {
    expect(problems(reportsYaml(wres("2025/26", "2024-10-30")))).toEqual([
      "2:49 reports[0].publishedOn: published on 2024-10-30, but its figures for 2025/26 are as at 2025-03-31: check the date and the year",
    ]);
  });
});

describe("bonus gaps", () => {
  it("accepts a bonus gap below -100%, which happens when women's bonuses are more than twice men's", () => {
    const result = loadFixture({
      "reports.yaml": reportsYaml(
        genderPayGap("2025/26", figures().replace("meanBonusGap: 20", "meanBonusGap: -152.3")),
      ),
    });
    expect(result.ok ? "" : JSON.stringify(result.errors)).toBe("");
  });

  it("still asks about an hourly pay gap below -100%", () => {
    expect(problems(reportsYaml(genderPayGap("2025/26", figures({ meanHourlyGap: -120 }))))).toEqual([
      expect.stringContaining(
        "an hourly pay gap below -100% means women are paid more than twice as much as men: check the figure",
      ),
    ]);
  });
});

describe("checking reports of type other", () => {
  const pdf = "documents: [{ title: Statement, url: /statement.pdf, format: PDF, size: 120 KB }]";
  const other = (fields: string) => `{ type: other, ${fields}, publishedOn: "2025-09-10", ${pdf} }`;

  it("accepts a title with a reporting year or a period, and a link to a schedule entry", () => {
    const text = reportsYaml(
      other('title: Modern Slavery Act statement, year: "2025/26", schedule: gender-pay-gap'),
      other('title: Equality impact assessment update, period: { from: "2025-04-01", to: "2025-06-30" }'),
      other('title: Equality impact assessment update, period: { from: "2025-07-01", to: "2025-09-30" }'),
    );
    const result = loadFixture({ "reports.yaml": text });
    expect(result.ok ? "" : JSON.stringify(result.errors)).toBe("");
  });

  it("asks for the title, and for what it covers", () => {
    expect(problems(reportsYaml(other('year: "2025/26"'), other("title: Board papers")))).toEqual([
      "2:5 reports[0].title: add 'title' (a report of type other is named by its title, such as 'Modern Slavery Act statement')",
      "3:5 reports[1].year: add 'year' (what it covers: a reporting year such as '2025/26', or a period such as period: { from: '2025-04-01', to: '2025-06-30' })",
    ]);
  });

  it("takes a reporting year or a period, not both", () => {
    expect(
      problems(
        reportsYaml(other('title: Board papers, year: "2025/26", period: { from: "2025-04-01", to: "2025-06-30" }')),
      ),
    ).toEqual(["2:66 reports[0].period: give the reporting year or the period, not both: remove one of them"]);
  });

  it("keeps titles and periods off the typed reports, which the hub names itself", () => {
    expect(
      problems(
        reportsYaml(
          wres("2025/26", "2025-10-29", ", title: Our WRES report"),
          wres("2024/25", "2024-10-30", ', period: { from: "2024-04-01", to: "2025-03-31" }'),
        ),
      ),
    ).toEqual([
      "2:147 reports[0].title: a wres report is named by its type: remove title, or use type: other for a report the hub does not know by type",
      "3:148 reports[1].period: a wres report covers a reporting year: give year, such as '2025/26', not period",
    ]);
  });

  it("points at the second report of the same title for the same period, naming the line of the first", () => {
    const quarter = 'title: Equality impact assessment update, period: { from: "2025-04-01", to: "2025-06-30" }';
    expect(problems(reportsYaml(other(quarter), other(quarter.replace("Equality", "equality"))))).toEqual([
      "3:70 reports[1].period: there is already a report titled 'equality impact assessment update' for April to June 2025 on line 2: list each report once, or correct this one's title, year or period",
    ]);
  });

  it("names the closest schedule entry to one that is not there", () => {
    expect(problems(reportsYaml(other('title: Board papers, year: "2025/26", schedule: gender-pay')))).toEqual([
      "2:68 reports[0].schedule: unknown schedule entry 'gender-pay' (not in publication-schedule.yaml): did you mean 'gender-pay-gap'?",
    ]);
  });
});
