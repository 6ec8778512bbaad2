import { describe, expect, it } from "vitest";
import { buildScorecard } from "../../../lib/scorecard/build-scorecard.ts";
import type { VersionScorecard } from "../../../lib/scorecard/types.ts";
import type { OutcomesFile } from "../../../lib/schemas/outcomes.ts";
import { eds2OnlyFile, eds2Record, outcomesFile } from "./outcomes-file.ts";

//                 1A 1B 1C 1D  2A 2B 2C 2D  3A 3B 3C
const LAST_YEAR = [1, 1, 0, 1, 2, 1, 1, 1, 1, 0, 1] as const; // 10: Developing
const THIS_YEAR = [2, 1, 1, 2, 2, 2, 1, 2, 3, 2, 2] as const; // 20: Developing
const twoYears = () => outcomesFile({ "2025/26": [...THIS_YEAR], "2024/25": [...LAST_YEAR] });

//                   1.1 ... 1.5      2.1 ... 2.4   3.1 ... 3.6         4.1 4.2 4.3
const EDS2_2015 = [1, 1, 0, 2, 1, 1, 0, 1, 2, 1, 2, 1, 2, 2, 1, 1, 0, 1] as const; // 20
const EDS2_2016 = [1, 2, 1, 2, 1, 1, 1, 1, 2, 1, 2, 2, 2, 3, 1, 2, 1, 1] as const; // 27

function shuffled(file: OutcomesFile): OutcomesFile {
  return { ...file, domains: [...(file.domains ?? [])].reverse(), outcomes: [...(file.outcomes ?? [])].reverse() };
}

/** The only version of a file that records one. */
function only(file: OutcomesFile): VersionScorecard {
  const [version] = buildScorecard(file).versions;
  if (!version) throw new Error("no version");
  return version;
}

describe("buildScorecard", () => {
  it("lists the graded years oldest first, whatever their order in the file", () => {
    expect(only(twoYears()).years).toEqual(["2024/25", "2025/26"]);
  });

  it("reports the latest year and the one before it", () => {
    const { year, previousYear } = only(twoYears());
    expect({ year, previousYear }).toEqual({ year: "2025/26", previousYear: "2024/25" });
  });

  it("names the version from the data", () => {
    const { version, name, shortName, noun, outcomeCount, max } = only(twoYears());
    expect({ version, name, shortName, noun, outcomeCount, max }).toEqual({
      version: "eds-2022",
      name: "Equality Delivery System 2022",
      shortName: "EDS 2022",
      noun: "Domain",
      outcomeCount: 11,
      max: 33,
    });
  });

  it("lists the domains 1 to 3 with their outcomes in code order, whatever the file's order", () => {
    const layout = only(shuffled(twoYears())).sections.map((domain) => [
      domain.number,
      domain.outcomes.map((outcome) => outcome.code),
    ]);
    expect(layout).toEqual([
      [1, ["1A", "1B", "1C", "1D"]],
      [2, ["2A", "2B", "2C", "2D"]],
      [3, ["3A", "3B", "3C"]],
    ]);
  });

  it("gives each outcome its grade in every year, oldest first, with the change since the year before", () => {
    const outcome = only(twoYears()).sections[2]?.outcomes[0];
    expect(
      outcome && { ...outcome, grades: outcome.grades.map((grade) => [grade.year, grade.score, grade.rating]) },
    ).toEqual({
      version: "eds-2022",
      code: "3A",
      statement: "Outcome 3A as worded locally",
      objective: "fair-access",
      section: 3,
      grades: [
        ["2024/25", 1, "developing"],
        ["2025/26", 3, "excelling"],
      ],
      latest: {
        year: "2025/26",
        score: 3,
        rating: "excelling",
        notGradedReason: null,
        gradedOn: "2025-12-01",
        gradedBy: ["Staff networks", "Healthwatch"],
      },
      change: 2,
      evidence: [],
    });
  });

  it("totals each domain each year against 3 for each of its outcomes, with the change", () => {
    const totals = only(twoYears()).sections.map(({ totals, max, change }) => ({
      scores: totals.map((total) => `${total.score}/${total.max}`),
      max,
      change,
    }));
    expect(totals).toEqual([
      { scores: ["3/12", "6/12"], max: 12, change: 3 },
      { scores: ["5/12", "7/12"], max: 12, change: 2 },
      { scores: ["2/9", "7/9"], max: 9, change: 5 },
    ]);
  });

  it("sums the 11 outcomes out of 33 each year and rates each total from the bands", () => {
    const { totals, change } = only(twoYears());
    expect([totals.map(({ year, score, max, rating }) => ({ year, score, max, rating })), change]).toEqual([
      [
        { year: "2024/25", score: 10, max: 33, rating: "developing" },
        { year: "2025/26", score: 20, max: 33, rating: "developing" },
      ],
      10,
    ]);
  });

  it("rates the total from the organisation's own bands", () => {
    const allExcelling = outcomesFile({ "2025/26": Array(11).fill(3), "2024/25": [2, ...Array(10).fill(3)] }, [
      { rating: "undeveloped", min: 0, max: 7 },
      { rating: "developing", min: 8, max: 21 },
      { rating: "achieving", min: 22, max: 30 },
      { rating: "excelling", min: 31, max: 33 },
    ]);
    expect(only(allExcelling).totals.map((total) => total.rating)).toEqual(["excelling", "excelling"]);
  });

  it("shows no previous year or change when only one year is graded", () => {
    const { previousYear, change, sections } = only(outcomesFile({ "2025/26": [...THIS_YEAR] }));
    expect({
      previousYear,
      change,
      domainChange: sections[0]?.change,
      outcomeChange: sections[0]?.outcomes[0]?.change,
    }).toEqual({ previousYear: null, change: null, domainChange: null, outcomeChange: null });
  });

  it("lists every outcome with no grades, and no year, total or rating, when nothing is graded yet", () => {
    const { years, year, totals, sections } = only(outcomesFile({}));
    expect({
      years,
      year,
      totals,
      outcomes: sections.flatMap((domain) => domain.outcomes.map((outcome) => [outcome.code, outcome.latest])),
    }).toEqual({
      years: [],
      year: null,
      totals: [],
      outcomes: ["1A", "1B", "1C", "1D", "2A", "2B", "2C", "2D", "3A", "3B", "3C"].map((code) => [code, null]),
    });
  });

  it("shows an outcome not graded one year as a null grade, with the reason the file gives", () => {
    const file = outcomesFile({ "2025/26": [2, null, 1, 2, 2, 2, 1, 2, 3, 2, 2], "2024/25": [...LAST_YEAR] });
    const notGraded = { year: "2025/26", reason: "The review it rests on was late." };
    const outcomes = (file.outcomes ?? []).map((outcome) =>
      outcome.code === "1B" ? { ...outcome, notGraded: [notGraded] } : outcome,
    );
    const outcome = only({ ...file, outcomes }).sections[0]?.outcomes[1];
    expect([outcome?.latest, outcome?.change]).toEqual([
      {
        year: "2025/26",
        score: null,
        rating: null,
        notGradedReason: "The review it rests on was late.",
        gradedOn: null,
        gradedBy: [],
      },
      null,
    ]);
  });

  it("adds up only the grades given in a year with an ungraded outcome, names it, and rates and compares nothing", () => {
    const missing1B = outcomesFile({ "2025/26": [2, null, 1, 2, 2, 2, 1, 2, 3, 2, 2], "2024/25": [...LAST_YEAR] });
    const { totals, change, sections } = only(missing1B);
    const latest = totals.at(-1);
    const domainOne = sections[0]?.totals.at(-1);
    expect({
      overall: [latest?.score, latest?.max, latest?.ungraded, latest?.complete, latest?.rating],
      change,
      domainOne: [domainOne?.score, domainOne?.max, domainOne?.outcomes, domainOne?.ungraded],
      domainChange: sections[0]?.change,
    }).toEqual({
      overall: [19, 30, ["1B"], false, null],
      change: null,
      domainOne: [5, 9, 4, ["1B"]],
      domainChange: null,
    });
  });

  it("says a domain nobody graded one year was not graded, rather than scoring it 0", () => {
    const domainThreeNew = outcomesFile({
      "2025/26": [...THIS_YEAR],
      "2024/25": [1, 1, 0, 1, 2, 1, 1, 1, null, null, null],
    });
    const domainThree = only(domainThreeNew).sections[2];
    expect([domainThree?.totals[0]?.ungraded, domainThree?.totals[0]?.max, domainThree?.change]).toEqual([
      ["3A", "3B", "3C"],
      0,
      null,
    ]);
  });
});

describe("buildScorecard with EDS2", () => {
  it("lists EDS2's goals 1 to 4 with their outcomes, 1.1 to 4.3, in code order", () => {
    const layout = only(eds2OnlyFile({ "2015/16": [...EDS2_2015] })).sections.map((goal) => [
      goal.noun,
      goal.number,
      goal.outcomes.map((outcome) => outcome.code).join(" "),
    ]);
    expect(layout).toEqual([
      ["Goal", 1, "1.1 1.2 1.3 1.4 1.5"],
      ["Goal", 2, "2.1 2.2 2.3 2.4"],
      ["Goal", 3, "3.1 3.2 3.3 3.4 3.5 3.6"],
      ["Goal", 4, "4.1 4.2 4.3"],
    ]);
  });

  it("totals each goal and the whole version out of 54, but gives no overall rating without bands", () => {
    const eds2 = only(eds2OnlyFile({ "2015/16": [...EDS2_2015], "2016/17": [...EDS2_2016] }));
    expect({
      name: eds2.name,
      goals: eds2.sections.map((goal) => goal.totals.map((total) => `${total.score}/${total.max}`)),
      overall: eds2.totals.map((total) => [total.score, total.max, total.rating]),
      bands: eds2.ratingBands,
    }).toEqual({
      name: "Equality Delivery System 2",
      goals: [
        ["5/15", "7/15"],
        ["4/12", "5/12"],
        ["9/18", "11/18"],
        ["2/9", "4/9"],
      ],
      overall: [
        [20, 54, null],
        [27, 54, null],
      ],
      bands: null,
    });
  });

  it("rates EDS2's total when the file gives bands for it", () => {
    const bands = [
      { rating: "undeveloped" as const, min: 0, max: 13 },
      { rating: "developing" as const, min: 14, max: 26 },
      { rating: "achieving" as const, min: 27, max: 53 },
      { rating: "excelling" as const, min: 54, max: 54 },
    ];
    const eds2 = only(eds2OnlyFile({ "2015/16": [...EDS2_2015], "2016/17": [...EDS2_2016] }, { ratingBands: bands }));
    expect(eds2.totals.map((total) => total.rating)).toEqual(["developing", "achieving"]);
  });

  it("takes a grading's date and who took part from its year's grading event", () => {
    const grade = only(eds2OnlyFile({ "2016/17": [...EDS2_2016] })).sections[0]?.outcomes[0]?.latest;
    expect([grade?.gradedOn, grade?.gradedBy]).toEqual(["2017-02-10", ["Healthwatch", "Staff forum"]]);
  });

  it("lists each year's grading events, oldest year first and in date order within it", () => {
    const second = { year: "2016/17", date: "2017-01-20", title: "Staff session", tookPart: ["Staff forum"] };
    const file = eds2OnlyFile({ "2015/16": [...EDS2_2015], "2016/17": [...EDS2_2016] });
    const events = [...(file.eds2?.events ?? []), second];
    const withDates = (file.eds2?.outcomes ?? []).map((outcome) => ({
      ...outcome,
      gradings: outcome.gradings.map((grading) => ({
        ...grading,
        gradedOn: `${Number(grading.year.slice(0, 4)) + 1}-02-10`,
      })),
    }));
    const eds2 = only({ ...file, eds2: { ...eds2Record({}), events, outcomes: withDates } });
    expect(eds2.events.map(({ year, events }) => [year, events.map((event) => event.date)])).toEqual([
      ["2015/16", ["2016-02-10"]],
      ["2016/17", ["2017-01-20", "2017-02-10"]],
    ]);
  });
});

describe("buildScorecard with both versions", () => {
  const both = (): OutcomesFile => ({
    ...twoYears(),
    eds2: eds2Record({ "2015/16": [...EDS2_2015], "2016/17": [...EDS2_2016] }),
  });

  it("keeps each version's outcomes and years to itself, newest version first", () => {
    expect(
      buildScorecard(both()).versions.map((version) => [version.shortName, version.years, version.outcomeCount]),
    ).toEqual([
      ["EDS 2022", ["2024/25", "2025/26"], 11],
      ["EDS2", ["2015/16", "2016/17"], 18],
    ]);
  });

  it("gives the home page the newest version's latest year", () => {
    const { latest } = buildScorecard(both());
    expect([latest?.version.shortName, latest?.total.year, latest?.total.rating]).toEqual([
      "EDS 2022",
      "2025/26",
      "developing",
    ]);
  });

  it("gives the home page EDS2's latest year when EDS 2022 was never graded", () => {
    const { latest } = buildScorecard({ ...outcomesFile({}), eds2: eds2Record({ "2016/17": [...EDS2_2016] }) });
    expect([latest?.version.shortName, latest?.total.year, latest?.total.rating]).toEqual(["EDS2", "2016/17", null]);
  });

  it("gives the home page nothing when no version was graded", () => {
    expect(buildScorecard({ ...outcomesFile({}), eds2: eds2Record({}) }).latest).toBeNull();
  });
});
