/** What a file says, checked against its schema: each mistake pointed at, with the fix. */
import { describe, expect, it } from "vitest";
import { errorsFor, objectivesYaml, organisationYaml, outcomesYaml, scheduleYaml } from "./fixture-hub.ts";

const OBJECTIVES = "_data/objectives.yaml";
const ORGANISATION = "_data/organisation.yaml";
const SCHEDULE = "_data/publication-schedule.yaml";

describe("validating a data file against its schema", () => {
  it("names a missing required field, pointing at the group it belongs in", () => {
    const errors = errorsFor({ "objectives.yaml": objectivesYaml.replace("    title: Fair access\n", "") });
    expect(errors).toEqual([
      {
        file: OBJECTIVES,
        line: 2,
        column: 5,
        path: "objectives[0].title",
        message: "add 'title' (write this as text)",
      },
    ]);
  });

  it("names the choices for a missing field that has a fixed set of values", () => {
    const errors = errorsFor({ "objectives.yaml": objectivesYaml.replace("    status: on-track\n", "") });
    expect(errors).toEqual([
      {
        file: OBJECTIVES,
        line: 2,
        column: 5,
        path: "objectives[0].status",
        message: "add 'status' (use one of 'not-started', 'on-track', 'at-risk', 'achieved')",
      },
    ]);
  });

  it("says what type was expected and what was found", () => {
    const errors = errorsFor({ "objectives.yaml": objectivesYaml.replace("start: 2024", "start: twenty") });
    expect(errors).toEqual([
      {
        file: OBJECTIVES,
        line: 5,
        column: 22,
        path: "objectives[0].period.start",
        message: "write the year as a number, such as 2026 (found text 'twenty')",
      },
    ]);
  });

  it("asks for the quotes to go when a number was written as text", () => {
    const errors = errorsFor({ "objectives.yaml": objectivesYaml.replace("end: 2028", 'end: "2028"') });
    expect(errors).toEqual([
      {
        file: OBJECTIVES,
        line: 5,
        column: 33,
        path: "objectives[0].period.end",
        message:
          "write the year as a number, such as 2026 (found text '2028': remove the quotes, so YAML reads it as a number)",
      },
    ]);
  });

  it("asks for quotes, keeping a leading zero, where YAML read text as a number", () => {
    const errors = errorsFor({ "organisation.yaml": organisationYaml.replace("odsCode: QZT", "odsCode: 0123") });
    expect(errors).toEqual([
      {
        file: ORGANISATION,
        line: 4,
        column: 10,
        path: "odsCode",
        message:
          "write the ODS code as quoted text, such as 'QZX' (found the number 123: put it in quotes, '0123', so YAML keeps it as text)",
      },
    ]);
  });

  it("says YAML read a bare true as yes or no", () => {
    const errors = errorsFor({
      "organisation.yaml": organisationYaml.replace("shortName: NHS Testshire ICB", "shortName: true"),
    });
    expect(errors).toEqual([
      {
        file: ORGANISATION,
        line: 2,
        column: 12,
        path: "shortName",
        message:
          "write this as text (found true, which YAML reads as yes or no: put it in quotes, 'true', so YAML keeps it as text)",
      },
    ]);
  });

  it("says when a field was left with nothing after its colon", () => {
    const errors = errorsFor({
      "organisation.yaml": organisationYaml.replace("shortName: NHS Testshire ICB", "shortName:"),
    });
    expect(errors).toEqual([
      {
        file: ORGANISATION,
        line: 2,
        column: 11,
        path: "shortName",
        message: "write this as text (found nothing after the colon)",
      },
    ]);
  });

  it("suggests the field meant by an unknown one, pointing at its key, and says nothing more", () => {
    const errors = errorsFor({
      "objectives.yaml": objectivesYaml.replace("    title: Fair access", "    titel: Fair access"),
    });
    expect(errors).toEqual([
      {
        file: OBJECTIVES,
        line: 3,
        column: 5,
        path: "objectives[0].titel",
        message: "unknown field 'titel': did you mean 'title'?",
      },
    ]);
  });

  it("lists the fields allowed where an unknown one is nothing like them", () => {
    const errors = errorsFor({
      "publication-schedule.yaml": scheduleYaml.replace("    owner:", "    colour: red\n    owner:"),
    });
    expect(errors).toEqual([
      {
        file: SCHEDULE,
        line: 7,
        column: 5,
        path: "entries[0].colour",
        message:
          "unknown field 'colour': the fields allowed here are 'id', 'kind', 'title', 'duty', 'rule', 'lastPublished', 'lastDone', 'owner'",
      },
    ]);
  });

  it("knows the fields of each kind of schedule rule", () => {
    const errors = errorsFor({
      "publication-schedule.yaml": scheduleYaml.replace(
        '{ type: fixed-yearly, date: "03-30" }',
        "{ type: interval, month: 12 }",
      ),
    });
    expect(errors).toEqual([
      {
        file: SCHEDULE,
        line: 5,
        column: 29,
        path: "entries[0].rule.month",
        message: "unknown field 'month': did you mean 'months'?",
      },
    ]);
  });

  it("suggests the allowed value closest to one outside an enumeration, and lists them all", () => {
    const errors = errorsFor({ "objectives.yaml": objectivesYaml.replace("status: on-track", "status: ontrack") });
    expect(errors).toEqual([
      {
        file: OBJECTIVES,
        line: 7,
        column: 13,
        path: "objectives[0].status",
        message:
          "'ontrack' is not allowed here: did you mean 'on-track'? (allowed: 'not-started', 'on-track', 'at-risk', 'achieved')",
      },
    ]);
  });

  it("lists the allowed values when none is close", () => {
    const errors = errorsFor({ "organisation.yaml": organisationYaml.replace("type: ICB", "type: trust") });
    expect(errors).toEqual([
      {
        file: ORGANISATION,
        line: 3,
        column: 7,
        path: "type",
        message: "'trust' is not allowed here: use one of 'ICB', 'CCG'",
      },
    ]);
  });

  it("suggests the schedule rule type meant by a shortened one", () => {
    const errors = errorsFor({
      "publication-schedule.yaml": scheduleYaml.replace("type: fixed-yearly", "type: yearly"),
    });
    expect(errors).toEqual([
      {
        file: SCHEDULE,
        line: 5,
        column: 19,
        path: "entries[0].rule.type",
        message:
          "'yearly' is not allowed here: did you mean 'fixed-yearly'? (allowed: 'fixed-yearly', 'interval', 'one-off')",
      },
    ]);
  });

  it("rejects a quoted date that is not in the calendar", () => {
    const errors = errorsFor({ "objectives.yaml": objectivesYaml.replace('due: "2026-06-30"', 'due: "2026-02-30"') });
    expect(errors).toEqual([
      {
        file: OBJECTIVES,
        line: 11,
        column: 42,
        path: "objectives[0].actions[0].due",
        message: "'2026-02-30' is not a day in the calendar: check the day and the month",
      },
    ]);
  });

  it("refuses an objectives period longer than four years, pointing at its end", () => {
    const errors = errorsFor({ "objectives.yaml": objectivesYaml.replace("end: 2028", "end: 2029") });
    expect(errors).toEqual([
      {
        file: OBJECTIVES,
        line: 5,
        column: 33,
        path: "objectives[0].period.end",
        message:
          "2024 to 2029 is 5 years, but objectives must be published at least every 4 years (SI 2017/353 reg. 5): make the period 4 years or shorter, such as 2024 to 2028",
      },
    ]);
  });

  it("words zod's own messages plainly where the schema gives none", () => {
    const errors = errorsFor({ "objectives.yaml": "objectives: none\n" });
    expect(errors).toEqual([
      {
        file: OBJECTIVES,
        line: 1,
        column: 13,
        path: "objectives",
        message: "write a list, one item a line, each starting with '- ' (found text 'none')",
      },
    ]);
  });

  it("keeps an outcome's score to 0, 1, 2 or 3", () => {
    const errors = errorsFor({
      "outcomes.yaml": outcomesYaml((lines) =>
        lines.map((line) => (line.startsWith("  - { code: 2B") ? line.replace("score: 1", "score: 4") : line)),
      ),
    });
    expect(errors).toEqual([
      {
        file: "_data/outcomes.yaml",
        line: 11,
        column: 125,
        path: "outcomes[5].gradings[0].score",
        message:
          "score each outcome 0 (Undeveloped), 1 (Developing), 2 (Achieving) or 3 (Excelling) (found the number 4)",
      },
    ]);
  });
});
