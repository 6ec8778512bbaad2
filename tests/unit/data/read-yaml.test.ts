/** Mistakes in the YAML itself, found before the schema looks at what the file says. */
import { describe, expect, it } from "vitest";
import { errorsFor, objectivesYaml, organisationYaml, scheduleYaml } from "./fixture-hub.ts";

const ORGANISATION = "_data/organisation.yaml";

describe("reading a YAML data file", () => {
  it("points at a '[' that is never closed", () => {
    const errors = errorsFor({
      "organisation.yaml": organisationYaml.replace("    lines:\n      - Test House", "    lines: [Test House"),
    });
    expect(errors).toEqual([
      {
        file: ORGANISATION,
        line: 10,
        column: 12,
        path: "",
        message: "this '[' is never closed: add ']' at the end of the line, or write the items over several lines",
      },
    ]);
  });

  it("reports only the first syntax error in a file, not the echoes that follow it", () => {
    const errors = errorsFor({
      "objectives.yaml": objectivesYaml.replace("lead: Director of Nursing", "lead: [Director of Nursing"),
    });
    expect(errors).toEqual([
      {
        file: "_data/objectives.yaml",
        line: 6,
        column: 11,
        path: "",
        message: "this '[' is never closed: add ']' at the end of the line, or write the items over several lines",
      },
    ]);
  });

  it("points at a quote that is never closed", () => {
    const errors = errorsFor({
      "organisation.yaml": organisationYaml.replace('phone: "0113 496 0900"', 'phone: "0113 496 0900'),
    });
    expect(errors).toEqual([
      {
        file: ORGANISATION,
        line: 8,
        column: 10,
        path: "",
        message: 'this quoted value has no closing ": add one at the end of the value',
      },
    ]);
  });

  it("asks for quotes around a value containing ': '", () => {
    const errors = errorsFor({
      "organisation.yaml": organisationYaml.replace("team: Equality team", "team: Equality: the team"),
    });
    expect(errors).toEqual([
      {
        file: ORGANISATION,
        line: 14,
        column: 9,
        path: "",
        message:
          "this value contains ': ', so YAML reads it as the start of another field: put the whole value in quotes, such as title: \"Access: what we heard\"",
      },
    ]);
  });

  it("says a line is missing its colon", () => {
    const errors = errorsFor({ "organisation.yaml": organisationYaml.replace("shortName: NHS", "shortName NHS") });
    expect(errors).toEqual([
      {
        file: ORGANISATION,
        line: 2,
        column: 1,
        path: "",
        message: "YAML expected 'field: value' here: check the colon, and that a space follows it",
      },
    ]);
  });

  it("says a field is out of line with the fields beside it", () => {
    const errors = errorsFor({
      "organisation.yaml": organisationYaml.replace("  email: equality@", " email: equality@"),
    });
    expect(errors).toEqual([
      {
        file: ORGANISATION,
        line: 15,
        column: 1,
        path: "",
        message: "the indentation is wrong here: line this field up with the ones beside it, using spaces",
      },
    ]);
  });

  it("asks for spaces where a line is indented with a tab", () => {
    const errors = errorsFor({
      "organisation.yaml": organisationYaml.replace("  team: Equality team", "\tteam: Equality team"),
    });
    expect(errors).toEqual([
      {
        file: ORGANISATION,
        line: 14,
        column: 1,
        path: "",
        message: "indent with spaces, not tabs: YAML does not allow tabs at the start of a line",
      },
    ]);
  });

  it("names a field given twice and the line it first appears on", () => {
    const errors = errorsFor({
      "objectives.yaml": objectivesYaml.replace(
        "    lead: Director of Nursing\n",
        "    lead: Director of Nursing\n    title: Fairer access\n",
      ),
    });
    expect(errors).toEqual([
      {
        file: "_data/objectives.yaml",
        line: 7,
        column: 5,
        path: "",
        message: "the field 'title' appears twice in the same group (first on line 3): keep one",
      },
    ]);
  });

  it("asks for quotes around text starting with '*', which YAML reads as an alias", () => {
    const errors = errorsFor({
      "organisation.yaml": organisationYaml.replace("team: Equality team", "team: *Equality"),
    });
    expect(errors).toEqual([
      {
        file: ORGANISATION,
        line: 14,
        column: 9,
        path: "",
        message:
          "a value starting with '*' is read as a YAML alias, and there is no '&Equality' anchor: if '*Equality' is text, put it in quotes",
      },
    ]);
  });

  it("asks for a second document marker to be removed", () => {
    const errors = errorsFor({ "organisation.yaml": `${organisationYaml}---\nname: Another\n` });
    expect(errors).toEqual([
      {
        file: ORGANISATION,
        line: 20,
        column: 1,
        path: "",
        message: "'---' starts a second YAML document: keep one document per file and remove the '---' line",
      },
    ]);
  });

  it("asks for an unquoted date to be quoted, naming its field", () => {
    const errors = errorsFor({
      "publication-schedule.yaml": scheduleYaml.replace('{ date: "2026-03-24",', "{ date: 2026-03-24,"),
    });
    expect(errors).toEqual([
      {
        file: "_data/publication-schedule.yaml",
        line: 6,
        column: 28,
        path: "entries[0].lastPublished.date",
        message: "put the date in quotes: '2026-03-24'",
      },
    ]);
  });

  it("reports an unquoted date that does not exist twice over: quote it, and fix the day", () => {
    const errors = errorsFor({ "objectives.yaml": objectivesYaml.replace('due: "2026-06-30"', "due: 2026-06-31") });
    expect(errors.map((error) => `${error.line}:${error.column} ${error.path}: ${error.message}`)).toEqual([
      "11:42 objectives[0].actions[0].due: put the date in quotes: '2026-06-31'",
      "11:42 objectives[0].actions[0].due: '2026-06-31' is not a day in the calendar: check the day and the month",
    ]);
  });
});
