/** Rules across entries and files, checked once every file matches its schema. */
import { describe, expect, it } from "vitest";
import { characteristicIds } from "../../../lib/schemas/protected-characteristics.ts";
import {
  characteristicsYaml,
  errorsFor,
  loadFixture,
  objectivesYaml,
  outcomesYaml,
  scheduleYaml,
} from "./fixture-hub.ts";

const OUTCOMES = "_data/outcomes.yaml";
const SCHEDULE = "_data/publication-schedule.yaml";

/** Outcomes file with `from` replaced by `to` on the line of outcome `code` only. */
function outcomesWith(code: string, from: string, to: string): string {
  return outcomesYaml((lines) =>
    lines.map((line) => (line.startsWith(`  - { code: ${code},`) ? line.replace(from, to) : line)),
  );
}

/** Outcomes file with rating bands `bands` (flow mappings) before the domains. */
function outcomesWithBands(...bands: string[]): string {
  return outcomesYaml((lines) => ["ratingBands:", ...bands.map((band) => `  - ${band}`), ...lines]);
}

const usualBands = [
  "{ rating: undeveloped, min: 0, max: 7 }",
  "{ rating: developing, min: 8, max: 21 }",
  "{ rating: achieving, min: 22, max: 32 }",
  "{ rating: excelling, min: 33, max: 33 }",
];

describe("checking the data across entries and files", () => {
  it("points at a duplicate objective id and names the line of the first", () => {
    const errors = errorsFor({
      "objectives.yaml":
        objectivesYaml +
        objectivesYaml.replace("objectives:\n", "").replace("title: Fair access", "title: Fairer access"),
    });
    expect(errors).toEqual([
      {
        file: "_data/objectives.yaml",
        line: 12,
        column: 9,
        path: "objectives[1].id",
        message: "duplicate id 'fair-access': it is already used on line 2; give each objective its own id",
      },
    ]);
  });

  it("points at a characteristic listed twice, and names the one missing", () => {
    const errors = errorsFor({
      "protected-characteristics.yaml": characteristicsYaml(
        characteristicIds.map((id) => (id === "sex" ? "race" : id)),
      ),
    });
    expect(errors).toEqual([
      {
        file: "_data/protected-characteristics.yaml",
        line: 9,
        column: 11,
        path: "characteristics[7].id",
        message: "duplicate id 'race': it is already used on line 7; list each characteristic once",
      },
      {
        file: "_data/protected-characteristics.yaml",
        line: 1,
        column: 1,
        path: "characteristics",
        message: "the Equality Act 2010 has nine protected characteristics; add 'sex'",
      },
    ]);
  });

  it("names every protected characteristic that is missing", () => {
    const errors = errorsFor({
      "protected-characteristics.yaml": characteristicsYaml(
        characteristicIds.filter((id) => id !== "age" && id !== "religion-belief"),
      ),
      "objectives.yaml": objectivesYaml.replace("[disability, age]", "[disability]"),
    });
    expect(errors).toEqual([
      {
        file: "_data/protected-characteristics.yaml",
        line: 1,
        column: 1,
        path: "characteristics",
        message: "the Equality Act 2010 has nine protected characteristics; add 'age', 'religion-belief'",
      },
    ]);
  });

  it("suggests the characteristic meant by an unknown one", () => {
    const errors = errorsFor({
      "objectives.yaml": objectivesYaml.replace("[disability, age]", "[disability, pregnancy]"),
    });
    expect(errors).toEqual([
      {
        file: "_data/objectives.yaml",
        line: 9,
        column: 35,
        path: "objectives[0].characteristics[1]",
        message:
          "unknown characteristic 'pregnancy' (not in protected-characteristics.yaml): did you mean 'pregnancy-maternity'?",
      },
    ]);
  });

  it("suggests the objective meant by an unknown one in an outcome", () => {
    const errors = errorsFor({
      "outcomes.yaml": outcomesWith("1C", "objective: fair-access", "objective: fair-acess"),
    });
    expect(errors).toEqual([
      {
        file: OUTCOMES,
        line: 8,
        column: 51,
        path: "outcomes[2].objective",
        message: "unknown objective 'fair-acess' (not in objectives.yaml): did you mean 'fair-access'?",
      },
    ]);
  });

  it("points at an outcome listed twice, and names the one missing", () => {
    const errors = errorsFor({
      "outcomes.yaml": outcomesWith("3C", "code: 3C, statement: Outcome 3C", "code: 3B, statement: Outcome 3C"),
    });
    expect(errors).toEqual([
      {
        file: OUTCOMES,
        line: 16,
        column: 13,
        path: "outcomes[10].code",
        message: "duplicate code '3B': it is already used on line 15; list each outcome once",
      },
      { file: OUTCOMES, line: 5, column: 1, path: "outcomes", message: "EDS 2022 has 11 outcomes, 1A to 3C; add '3C'" },
    ]);
  });

  it("points at a domain listed twice", () => {
    const errors = errorsFor({
      "outcomes.yaml": outcomesYaml((lines) =>
        lines.map((line) => line.replace("number: 3, title: Leadership", "number: 2, title: Leadership")),
      ),
    });
    expect(errors).toEqual([
      {
        file: OUTCOMES,
        line: 4,
        column: 15,
        path: "domains[2].number",
        message: "duplicate number '2': it is already used on line 3; list domains 1, 2 and 3 once each",
      },
    ]);
  });

  it("accepts rating bands that differ from the usual ones but still cover every score", () => {
    const result = loadFixture({
      "outcomes.yaml": outcomesWithBands(
        "{ rating: undeveloped, min: 0, max: 7 }",
        "{ rating: developing, min: 8, max: 21 }",
        "{ rating: achieving, min: 22, max: 30 }",
        "{ rating: excelling, min: 31, max: 33 }",
      ),
    });
    expect(
      result.ok
        ? result.data.outcomes.ratingBands.map((band) => `${band.rating} ${band.min}-${band.max}`)
        : result.errors,
    ).toEqual(["undeveloped 0-7", "developing 8-21", "achieving 22-30", "excelling 31-33"]);
  });

  it("finds a gap between rating bands", () => {
    const errors = errorsFor({
      "outcomes.yaml": outcomesWithBands(
        usualBands[0] as string,
        "{ rating: developing, min: 9, max: 21 }",
        usualBands[2] as string,
        usualBands[3] as string,
      ),
    });
    expect(errors).toEqual([
      {
        file: OUTCOMES,
        line: 3,
        column: 32,
        path: "ratingBands[1].min",
        message:
          "start this band at 8, straight after the band before, which ends at 7, so every score from 0 to 33 has exactly one rating",
      },
    ]);
  });

  it("asks for the bands from the lowest score up", () => {
    const errors = errorsFor({
      "outcomes.yaml": outcomesWithBands(
        usualBands[0] as string,
        "{ rating: achieving, min: 8, max: 21 }",
        "{ rating: developing, min: 22, max: 32 }",
        usualBands[3] as string,
      ),
    });
    expect(errors).toEqual([
      {
        file: OUTCOMES,
        line: 4,
        column: 15,
        path: "ratingBands[2].rating",
        message: "list the bands from the lowest score up: undeveloped, developing, achieving, excelling",
      },
    ]);
  });

  it("points at a rating given two bands, and names the rating left without one", () => {
    const errors = errorsFor({
      "outcomes.yaml": outcomesWithBands(
        usualBands[0] as string,
        usualBands[1] as string,
        "{ rating: developing, min: 22, max: 32 }",
        usualBands[3] as string,
      ),
    });
    expect(errors).toEqual([
      {
        file: OUTCOMES,
        line: 4,
        column: 15,
        path: "ratingBands[2].rating",
        message: "'developing' already has a band on line 3: give each rating one band",
      },
      { file: OUTCOMES, line: 1, column: 1, path: "ratingBands", message: "give each rating a band; add 'achieving'" },
    ]);
  });

  it("asks for the last band to end at 33", () => {
    const errors = errorsFor({
      "outcomes.yaml": outcomesWithBands(
        usualBands[0] as string,
        usualBands[1] as string,
        "{ rating: achieving, min: 22, max: 31 }",
        "{ rating: excelling, min: 32, max: 32 }",
      ),
    });
    expect(errors).toEqual([
      {
        file: OUTCOMES,
        line: 5,
        column: 40,
        path: "ratingBands[3].max",
        message: "end the last band at 33, the highest overall score (11 outcomes scoring 3)",
      },
    ]);
  });

  it("asks for an outcome to be graded in every year the others are", () => {
    const errors = errorsFor({
      "outcomes.yaml": outcomesWith(
        "1A",
        'gradings: [{ year: "2025/26"',
        'gradings: [{ year: "2024/25", gradedOn: "2025-01-22", score: 1, gradedBy: [Healthwatch] }, { year: "2025/26"',
      ),
    });
    expect(errors.map((error) => `${error.line}:${error.column} ${error.path}: ${error.message}`)).toEqual(
      ["1B", "1C", "1D", "2A", "2B", "2C", "2D", "3A", "3B", "3C"].map(
        (code, index) =>
          `${7 + index}:74 outcomes[${index + 1}].gradings: outcome ${code} has no grading for 2024/25, which other outcomes have: grade it, or say why it was not graded under notGraded, such as 'notGraded: [{ year: "2024/25", reason: ... }]'`,
      ),
    );
  });

  it("points at an outcome graded twice in one year", () => {
    const errors = errorsFor({
      "outcomes.yaml": outcomesWith(
        "2D",
        "score: 1, gradedBy: [Healthwatch] }]",
        'score: 1, gradedBy: [Healthwatch] }, { year: "2025/26", gradedOn: "2026-02-04", score: 2, gradedBy: [Staff networks] }]',
      ),
    });
    expect(errors).toEqual([
      {
        file: OUTCOMES,
        line: 13,
        column: 163,
        path: "outcomes[7].gradings[1].year",
        message: "duplicate year '2025/26': it is already used on line 13; grade outcome 2D once a year",
      },
    ]);
  });

  it("questions a grading dated before its reporting year began", () => {
    const errors = errorsFor({
      "outcomes.yaml": outcomesWith("1D", 'gradedOn: "2026-01-28"', 'gradedOn: "2025-01-28"'),
    });
    expect(errors).toEqual([
      {
        file: OUTCOMES,
        line: 9,
        column: 104,
        path: "outcomes[3].gradings[0].gradedOn",
        message: "2025-01-28 is before the reporting year 2025/26 began on 2025-04-01: check the year and the date",
      },
    ]);
  });

  it("needs a starting point for an interval that was never published", () => {
    const errors = errorsFor({
      "publication-schedule.yaml": scheduleYaml
        .replace('{ type: fixed-yearly, date: "03-30" }', "{ type: interval, months: 12 }")
        .replace(/ {4}lastPublished: .*\n/, ""),
    });
    expect(errors).toEqual([
      {
        file: SCHEDULE,
        line: 5,
        column: 11,
        path: "entries[0].rule",
        message:
          "an interval is counted from the last publication: add lastPublished, or rule.firstDue for a duty not yet published",
      },
    ]);
  });

  it("suggests the yearly deadline meant by a firstDue that misses it", () => {
    const errors = errorsFor({
      "publication-schedule.yaml": scheduleYaml.replace('date: "03-30" }', 'date: "03-30", firstDue: "2027-03-31" }'),
    });
    expect(errors).toEqual([
      {
        file: SCHEDULE,
        line: 5,
        column: 58,
        path: "entries[0].rule.firstDue",
        message: "firstDue must be one of this entry's yearly deadlines ('03-30'): did you mean '2027-03-30'?",
      },
    ]);
  });

  it("points at a duplicate schedule entry id", () => {
    const errors = errorsFor({ "publication-schedule.yaml": scheduleYaml + scheduleYaml.replace("entries:\n", "") });
    expect(errors).toEqual([
      {
        file: SCHEDULE,
        line: 8,
        column: 9,
        path: "entries[1].id",
        message: "duplicate id 'gender-pay-gap': it is already used on line 2; give each entry its own id",
      },
    ]);
  });
});
