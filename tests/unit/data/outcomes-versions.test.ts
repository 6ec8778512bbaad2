/**
 * outcomes.yaml with both EDS versions: EDS 2022 at the top level as before, EDS2 under `eds2`.
 * Files written before EDS2 could be recorded load as they did; each version's codes, years and
 * grading events are checked against that version, with the line to change and how.
 */
import { describe, expect, it } from "vitest";
import { eds2Yaml, errorsFor, loadFixture, outcomesYaml } from "./fixture-hub.ts";

/** Each error as `line:column path: message`, in the file's order, as the build prints them after the file name. */
function problems(outcomes: string): string[] {
  return errorsFor({ "outcomes.yaml": outcomes })
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((error) => `${error.line}:${error.column} ${error.path}: ${error.message}`);
}

/** The EDS2 section with `from` replaced by `to` on the line of outcome `code` only. */
function eds2With(code: string, from: string, to: string): string {
  return eds2Yaml((lines) =>
    lines.map((line) => (line.startsWith(`    - { code: ${code},`) ? line.replace(from, to) : line)),
  );
}

/** An EDS 2022 outcome line with no gradings, as a CCG that closed before EDS 2022 wrote them. */
const ungraded = outcomesYaml((lines) => lines.map((line) => line.replace(/, gradings: \[.*\] \}$/, " }")));

describe("outcomes.yaml written before EDS2 could be recorded", () => {
  it("still loads the EDS 2022 outcomes, graded or not, with no EDS2", () => {
    const results = [outcomesYaml(), ungraded].map((file) => loadFixture({ "outcomes.yaml": file }));
    expect(
      results.map((result) => result.ok && [result.data.outcomes.outcomes?.length, result.data.outcomes.eds2]),
    ).toEqual([
      [11, undefined],
      [11, undefined],
    ]);
  });
});

describe("outcomes.yaml with EDS2", () => {
  it("loads EDS2 alone, for an organisation that never graded EDS 2022", () => {
    const result = loadFixture({ "outcomes.yaml": eds2Yaml() });
    expect(result.ok && [result.data.outcomes.outcomes, result.data.outcomes.eds2?.outcomes.length]).toEqual([
      undefined,
      18,
    ]);
  });

  it("loads EDS2 beside EDS 2022", () => {
    const result = loadFixture({ "outcomes.yaml": outcomesYaml() + eds2Yaml() });
    expect(result.ok && [result.data.outcomes.outcomes?.length, result.data.outcomes.eds2?.outcomes.length]).toEqual([
      11, 18,
    ]);
  });

  it("reads an EDS2 code written without quotes, such as 1.1, as the code", () => {
    const result = loadFixture({ "outcomes.yaml": eds2Yaml() });
    expect(result.ok && result.data.outcomes.eds2?.outcomes.slice(0, 3).map((outcome) => outcome.code)).toEqual([
      "1.1",
      "1.2",
      "1.3",
    ]);
  });

  it("asks for EDS 2022's domains and outcomes when there is no EDS2 either", () => {
    expect(problems("version: eds-2022\n")).toEqual([
      "1:1 domains: add 'domains' (list the three EDS 2022 domains)",
      "1:1 outcomes: add 'outcomes' (list the EDS 2022 outcomes 1A to 3C)",
    ]);
  });

  it("asks for EDS 2022's outcomes beside its domains, or neither, with EDS2", () => {
    const domainsOnly = outcomesYaml((lines) => lines.slice(0, 4));
    expect(problems(domainsOnly + eds2Yaml())).toEqual([
      "1:1 outcomes: add 'outcomes' (list the EDS 2022 outcomes 1A to 3C, or leave out both 'domains' and 'outcomes' to hold EDS2 alone)",
    ]);
  });

  it("refuses an EDS2 code that does not exist, saying which do", () => {
    expect(problems(eds2With("1.5", "code: 1.5", "code: 1.6"))).toEqual([
      "14:15 eds2.outcomes[4].code: use an EDS2 outcome code: 1.1, 1.2, 1.3, 1.4, 1.5, 2.1, 2.2, 2.3, 2.4, 3.1, 3.2, 3.3, 3.4, 3.5, 3.6, 4.1, 4.2, 4.3 (found the number 1.6)",
    ]);
  });

  it("names the EDS2 outcomes missing, at the list", () => {
    const without43 = eds2Yaml((lines) => lines.filter((line) => !line.includes("code: 4.3,")));
    expect(problems(without43)).toEqual(["9:3 eds2.outcomes: EDS2 has 18 outcomes, 1.1 to 4.3; add '4.3'"]);
  });

  it("points at a goal listed twice", () => {
    const twice = eds2Yaml((lines) => lines.map((line) => line.replace("number: 4,", "number: 3,")));
    expect(problems(twice)).toEqual([
      "6:17 eds2.goals[3].number: duplicate number '3': it is already used on line 5; list goals 1, 2, 3 and 4 once each",
    ]);
  });

  it("checks that an EDS2 outcome's objective exists, but lets it sit under none", () => {
    const file = eds2With("2.1", "statement:", "objective: fair-acess, statement:");
    expect(problems(file)).toEqual([
      "15:31 eds2.outcomes[5].objective: unknown objective 'fair-acess' (not in objectives.yaml): did you mean 'fair-access'?",
    ]);
  });

  it("keeps EDS2's own rating bands to its 54 points, when it gives any", () => {
    const bands = eds2Yaml((lines) => [
      lines[0] ?? "",
      "  ratingBands:",
      "    - { rating: undeveloped, min: 0, max: 13 }",
      "    - { rating: developing, min: 14, max: 26 }",
      "    - { rating: achieving, min: 27, max: 32 }",
      "    - { rating: excelling, min: 33, max: 33 }",
      ...lines.slice(1),
    ]);
    expect(problems(bands)).toEqual([
      "6:42 eds2.ratingBands[3].max: end the last band at 54, the highest overall score (18 outcomes scoring 3)",
    ]);
  });
});

describe("the years each version was graded in", () => {
  it("moves an EDS 2022 grading from before 2022/23 to EDS2", () => {
    const early = outcomesYaml((lines) =>
      lines.map((line) =>
        line.replace('year: "2025/26", gradedOn: "2026-01-28"', 'year: "2021/22", gradedOn: "2022-01-28"'),
      ),
    );
    expect(problems(early)[0]).toBe(
      "6:83 outcomes[0].gradings[0].year: EDS 2022 was first graded for 2022/23, so 2021/22 belongs to EDS2: record its gradings under 'eds2', with EDS2's outcome codes, or check the year",
    );
  });

  it("moves an EDS2 grading from 2022/23 on to EDS 2022", () => {
    const late = eds2Yaml((lines) =>
      lines.map((line) => line.replaceAll('"2016/17"', '"2022/23"').replace('"2017-02-15"', '"2023-02-15"')),
    );
    expect(problems(late).slice(0, 2)).toEqual([
      "8:15 eds2.events[0].year: EDS 2022 replaced EDS2 from 2022/23, so 2022/23 belongs to EDS 2022: record its gradings under the EDS 2022 outcomes at the top level of this file, or check the year",
      "10:68 eds2.outcomes[0].gradings[0].year: EDS 2022 replaced EDS2 from 2022/23, so 2022/23 belongs to EDS 2022: record its gradings under the EDS 2022 outcomes at the top level of this file, or check the year",
    ]);
  });

  it("questions an EDS2 grading from before EDS2 was published, and counts its year for nothing else", () => {
    const early = eds2With(
      "1.1",
      '"2016/17", score: 1',
      '"2012/13", score: 1, gradedOn: "2013-02-01", gradedBy: [Healthwatch]',
    );
    expect(problems(early)).toEqual([
      "10:59 eds2.outcomes[0].gradings: outcome 1.1 has no grading for 2016/17, which other outcomes have: grade it, or say why it was not graded under notGraded, such as 'notGraded: [{ year: \"2016/17\", reason: ... }]'",
      "10:68 eds2.outcomes[0].gradings[0].year: EDS2 was published in November 2013 and first graded for 2013/14: check the year",
    ]);
  });
});

describe("grading events and ungraded outcomes", () => {
  it("asks for a grading's date and groups when no grading event gives them", () => {
    const noEvent = eds2Yaml((lines) => lines.filter((line) => !line.includes("tookPart") && line !== "  events:"));
    expect(problems(noEvent)[0]).toBe(
      "8:62 eds2.outcomes[0].gradings[0].year: add 'gradedOn' (the day it was graded) and 'gradedBy' (who graded it), or record the 2016/17 grading event under 'events' in 'eds2' with its date and who took part",
    );
  });

  it("asks which event a grading took place at when the year had more than one", () => {
    const two = eds2Yaml((lines) =>
      lines.flatMap((line) =>
        line.includes("tookPart")
          ? [line, '    - { year: "2016/17", date: "2017-03-01", tookPart: [Staff forum] }']
          : [line],
      ),
    );
    expect(problems(two)[0]).toBe(
      "11:62 eds2.outcomes[0].gradings[0].year: add 'gradedOn': 2016/17 had 2 grading events (2017-02-15, 2017-03-01), so give the day of the one this outcome was graded at",
    );
  });

  it("asks who graded an outcome on a day no grading event was held", () => {
    const otherDay = eds2With("1.1", "score: 1 }", 'score: 1, gradedOn: "2017-02-16" }');
    expect(problems(otherDay)).toEqual([
      "10:62 eds2.outcomes[0].gradings[0].year: add 'gradedBy' (who graded it): no 2016/17 grading event was held on 2017-02-16 to take it from",
    ]);
  });

  it("questions a grading event in a year no outcome was graded", () => {
    const extra = eds2Yaml((lines) =>
      lines.flatMap((line) =>
        line.includes("tookPart")
          ? [line, '    - { year: "2015/16", date: "2016-02-15", tookPart: [Staff forum] }']
          : [line],
      ),
    );
    expect(problems(extra)).toEqual([
      "9:15 eds2.events[1].year: no outcome has a grading for 2015/16: record the year's gradings under each outcome's 'gradings', or check the year",
    ]);
  });

  it("questions a grading event dated outside its year", () => {
    const late = eds2Yaml((lines) => lines.map((line) => line.replace('"2017-02-15"', '"2018-04-02"')));
    expect(problems(late)).toEqual([
      "8:32 eds2.events[0].date: 2018-04-02 is more than a year after the reporting year 2016/17 ended: check the year and the date",
    ]);
  });

  it("accepts an outcome not graded one year when it says why", () => {
    const explained = eds2With(
      "3.2",
      'gradings: [{ year: "2016/17", score: 1 }]',
      'notGraded: [{ year: "2016/17", reason: The equal pay audit was not finished. }]',
    );
    const result = loadFixture({ "outcomes.yaml": explained });
    expect(result.ok && result.data.outcomes.eds2?.outcomes[10]?.notGraded).toEqual([
      { year: "2016/17", reason: "The equal pay audit was not finished." },
    ]);
  });

  it("questions a reason for not grading an outcome in a year it was graded, or one nobody graded", () => {
    const both = eds2With(
      "3.2",
      "score: 1 }]",
      'score: 1 }], notGraded: [{ year: "2016/17", reason: Late. }, { year: "2015/16", reason: Late. }]',
    );
    expect(problems(both)).toEqual([
      "20:112 eds2.outcomes[10].notGraded[0].year: outcome 3.2 has a grading for 2016/17: remove one of them",
      "20:148 eds2.outcomes[10].notGraded[1].year: no EDS2 outcome was graded in 2015/16: check the year, or remove this",
    ]);
  });
});
