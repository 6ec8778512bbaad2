/** Mistakes in engagement.yaml, each reported at its line and column with how to put it right. */
import { describe, expect, it } from "vitest";
import { errorsFor, loadFixture } from "../data/fixture-hub.ts";

const FILE = "_data/engagement.yaml";

/** One consultation, line by line, so a test can read off where an error points. */
const consultation = `engagements:
  - id: transport
    title: Patient transport
    kind: consultation
    summary: Who should get patient transport.
    opens: "2026-07-06"
    closes: "2026-09-27"
    respond:
      how: Fill in our survey.
      url: https://www.testshire-icb.example/survey
    groups:
      characteristics: [disability, age]
      seldomHeard: [Carers]
`;

const outcome = `    outcome:
      publishedOn: "2026-10-15"
      weHeard: Transport is hard to book.
      weDid: We made booking easier.
`;

describe("checking engagement.yaml", () => {
  it("loads a consultation with an outcome published after it closed", () => {
    expect(loadFixture({ "engagement.yaml": consultation + outcome }).ok).toBe(true);
  });

  it("points at a closing date before the opening date", () => {
    const errors = errorsFor({
      "engagement.yaml": consultation.replace('closes: "2026-09-27"', 'closes: "2026-06-27"'),
    });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 7,
        column: 13,
        path: "engagements[0].closes",
        message:
          "closes (2026-06-27) is before opens (2026-07-06): the closing date must be on or after the opening date; check the day, month and year of both",
      },
    ]);
  });

  it("suggests the characteristic meant by an unknown one", () => {
    const errors = errorsFor({
      "engagement.yaml": consultation.replace("[disability, age]", "[disability, pregnancy]"),
    });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 12,
        column: 37,
        path: "engagements[0].groups.characteristics[1]",
        message:
          "unknown characteristic 'pregnancy' (not in protected-characteristics.yaml): did you mean 'pregnancy-maternity'?",
      },
    ]);
  });

  it("points at an outcome published before the closing date", () => {
    const errors = errorsFor({ "engagement.yaml": consultation + outcome.replace("2026-10-15", "2026-09-01") });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 15,
        column: 20,
        path: "engagements[0].outcome.publishedOn",
        message:
          "the outcome is published on 2026-09-01, before this closes on 2026-09-27: what we heard can only be published once it has closed, so set publishedOn to 2026-09-27 or later",
      },
    ]);
  });

  it("asks for a way to respond besides the words", () => {
    const errors = errorsFor({
      "engagement.yaml": consultation.replace("      url: https://www.testshire-icb.example/survey\n", ""),
    });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 9,
        column: 7,
        path: "engagements[0].respond",
        message: "add at least one way to respond: url (the online survey), email or phone",
      },
    ]);
  });

  it("asks whose views are wanted when no group is named", () => {
    const errors = errorsFor({
      "engagement.yaml": consultation.replace("[disability, age]", "[]").replace("[Carers]", "[]"),
    });
    expect(errors.map((error) => [error.line, error.path, error.message])).toEqual([
      [
        12,
        "engagements[0].groups",
        "name at least one group whose views we want: a protected characteristic id such as 'disability' under characteristics, or a group such as 'carers' under seldomHeard",
      ],
    ]);
  });

  it("points at a duplicate engagement id and names the line of the first", () => {
    const second = consultation
      .replace("engagements:\n", "")
      .replace("title: Patient transport", "title: Patient transport again");
    const errors = errorsFor({ "engagement.yaml": consultation + second });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 14,
        column: 9,
        path: "engagements[1].id",
        message: "duplicate id 'transport': it is already used on line 2; give each engagement its own id",
      },
    ]);
  });

  it("loads a record of an old one that gives no opening day and a closing time", () => {
    const record = consultation
      .replace('    opens: "2026-07-06"\n', "")
      .replace('closes: "2026-09-27"', 'closes: "2026-09-27"\n    closesAt: "23:59"');
    expect(loadFixture({ "engagement.yaml": record }, "2026-09-28").ok).toBe(true);
  });

  it("asks for the opening day of one that has not closed yet, on the day of the build", () => {
    const errors = errorsFor(
      { "engagement.yaml": consultation.replace('    opens: "2026-07-06"\n', "") },
      "2026-09-27",
    );
    expect(errors).toEqual([
      {
        file: FILE,
        line: 2,
        column: 5,
        path: "engagements[0].opens",
        message:
          "add 'opens' (the first day people can respond, on or before '2026-09-27'): this closes on 27 September 2026, which has not passed yet, so its page invites people to respond; only a record of one that has already closed may leave 'opens' out",
      },
    ]);
  });

  it("refuses midnight as a closing time, and says which time to write", () => {
    const errors = errorsFor({
      "engagement.yaml": consultation.replace('closes: "2026-09-27"', 'closes: "2026-09-27"\n    closesAt: "00:00"'),
    });
    expect(errors.map((error) => `${error.line}:${error.column} ${error.path}: ${error.message}`)).toEqual([
      "8:15 engagements[0].closesAt: midnight could be the start or the end of the closing day: for the end of the day, write '23:59'; if it closed as the day began, make 'closes' the day before and write '23:59'",
    ]);
  });

  it("turns a time written as it is spoken into the 24-hour time to write", () => {
    const errors = errorsFor({
      "engagement.yaml": consultation.replace('closes: "2026-09-27"', 'closes: "2026-09-27"\n    closesAt: 5:30pm'),
    });
    expect(errors.map((error) => `${error.line}:${error.column} ${error.message}`)).toEqual([
      "8:15 write the closing time as 24-hour 'HH:MM': '5:30pm' is '17:30'",
    ]);
  });

  it("refuses a wait for the outcome of no weeks", () => {
    const errors = errorsFor({ "engagement.yaml": `outcomeExpectedWithinWeeks: 0\n${consultation}` });
    expect(errors.map((error) => `${error.line}:${error.column} ${error.path}: ${error.message}`)).toEqual([
      "1:29 outcomeExpectedWithinWeeks: give at least 1 week (found the number 0)",
    ]);
  });
});
