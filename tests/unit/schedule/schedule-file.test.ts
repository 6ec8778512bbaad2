/**
 * What the comms team is told when publication-schedule.yaml says something about a cycle, a
 * scheduled publication or a duty that cannot be right: the line, the column, and how to fix it.
 */
import { describe, expect, it } from "vitest";
import { errorsFor, loadFixture, scheduleYaml } from "../data/fixture-hub.ts";

const FILE = "_data/publication-schedule.yaml";
/** The build's day, which the checks of dates still to come are made against. */
const TODAY = "2026-11-23";

/**
 * The fixture with a second entry, on lines 8 to 13, whose line 12 is `last` (the first entry is
 * the accessibility statement's review, which has to agree with the statement).
 */
function schedule(last: string, kind = ""): string {
  return `${scheduleYaml}  - id: wres
    title: Workforce Race Equality Standard report${kind}
    duty: NHS Standard Contract
    rule: { type: fixed-yearly, date: "10-31" }
${last}
    owner: Chief People Officer
`;
}

/** Each error as the build prints it, less the file. */
function problems(text: string, today = TODAY): string[] {
  return errorsFor({ "publication-schedule.yaml": text }, today).map(
    (error) =>
      `${error.file === FILE ? "" : `${error.file} `}${error.line}:${error.column} ${error.path}: ${error.message}`,
  );
}

describe("a last publication dated after today", () => {
  it("is refused as published in the future, at its date, with the way to mark it as planned", () => {
    expect(problems(schedule('    lastPublished: { date: "2027-03-20", url: /reports/wres/ }'))).toEqual([
      "12:28 entries[1].lastPublished.date: published in the future: 2027-03-20 is after today, 2026-11-23. If it is planned, add 'scheduled: true' under lastPublished; otherwise correct the date",
    ]);
  });

  it("is accepted when it is marked as scheduled", () => {
    const planned = schedule('    lastPublished: { date: "2027-03-20", url: /reports/wres/, scheduled: true }');
    expect(loadFixture({ "publication-schedule.yaml": planned }, TODAY).ok).toBe(true);
  });

  it("is judged against the day the build is for, so a hub built as at an earlier day refuses what came after it", () => {
    expect(problems(scheduleYaml, "2026-03-23")).toEqual([
      expect.stringContaining(
        "6:28 entries[0].lastPublished.date: published in the future: 2026-03-24 is after today, 2026-03-23.",
      ),
    ]);
    expect(loadFixture({}, "2026-03-24").ok).toBe(true);
  });
});

describe("what a publication covers", () => {
  it("takes a snapshot year, a reporting year or a period", () => {
    for (const covers of ['"2025"', '"2025/26"', '{ from: "2025-04-01", to: "2026-03-31" }']) {
      const text = schedule(`    lastPublished: { date: "2026-03-24", url: /reports/wres/, covers: ${covers} }`);
      expect(loadFixture({ "publication-schedule.yaml": text }, TODAY).ok, covers).toBe(true);
    }
  });

  it("says what a reporting year written '2025/27' should be", () => {
    expect(
      problems(schedule('    lastPublished: { date: "2026-03-24", url: /reports/wres/, covers: "2025/27" }')),
    ).toEqual([
      "12:71 entries[1].lastPublished.covers: '2025/27' is not a reporting year: the second part is the year after the first, so write '2025/26'",
    ]);
  });

  it("names the forms it takes when it is none of them", () => {
    expect(problems(schedule('    lastPublished: { date: "2026-03-24", url: /reports/wres/, covers: "Q1" }'))).toEqual([
      "12:71 entries[1].lastPublished.covers: write a snapshot year such as '2024' or a reporting year such as '2024/25' (or a period, with from and to): 'Q1' is neither",
    ]);
  });

  it("refuses a publication dated before the snapshot it covers", () => {
    expect(
      problems(schedule('    lastPublished: { date: "2026-03-24", url: /reports/wres/, covers: "2026" }')),
    ).toEqual([
      "12:71 entries[1].lastPublished.covers: published on 2026-03-24, before the 2026 snapshot (2026-03-31) it covers: check the date and the year it covers",
    ]);
  });

  it("refuses a period that ends before it begins", () => {
    expect(
      problems(
        schedule(
          '    lastPublished: { date: "2026-03-24", url: /reports/wres/, covers: { from: "2025-06-30", to: "2025-04-01" } }',
        ),
      ),
    ).toEqual([
      "12:97 entries[1].lastPublished.covers.to: the period ends (2025-04-01) before it begins (2025-06-30): check both dates",
    ]);
  });
});

describe("a duty in the schedule", () => {
  const duty = (last: string) => schedule(last, "\n    kind: duty");

  it("records the last time it was done, with or without a link", () => {
    expect(loadFixture({ "publication-schedule.yaml": duty('    lastDone: { date: "2026-03-24" }') }, TODAY).ok).toBe(
      true,
    );
  });

  it("is told to write lastDone, not lastPublished", () => {
    expect(problems(duty('    lastPublished: { date: "2026-03-24", url: /reports/wres/ }'))).toEqual([
      "13:20 entries[1].lastPublished: a duty is done, not published: write lastDone (with its date) instead of lastPublished",
    ]);
  });

  it("refuses lastDone on a publication", () => {
    expect(problems(schedule('    lastDone: { date: "2026-03-24" }'))).toEqual([
      "12:15 entries[1].lastDone: lastDone is for a duty that is done rather than published: add kind: duty, or write lastPublished (with its date and url)",
    ]);
  });

  it("is refused as done in the future", () => {
    expect(problems(duty('    lastDone: { date: "2026-12-24" }'))).toEqual([
      "13:23 entries[1].lastDone.date: done in the future: 2026-12-24 is after today, 2026-11-23. If it is planned, add 'scheduled: true' under lastDone; otherwise correct the date",
    ]);
  });
});

describe("an interval rule", () => {
  const interval = (rule: string) =>
    schedule('    lastPublished: { date: "2026-03-24", url: /reports/wres/ }').replace(
      'rule: { type: fixed-yearly, date: "10-31" }',
      `rule: { type: interval, ${rule} }`,
    );

  it("takes its length in months or in years", () => {
    for (const rule of ["months: 12", "years: 3"]) {
      expect(loadFixture({ "publication-schedule.yaml": interval(rule) }, TODAY).ok, rule).toBe(true);
    }
  });

  it("refuses both at once, and neither", () => {
    expect([problems(interval("months: 12, years: 1")), problems(interval('firstDue: "2027-01-01"'))]).toEqual([
      ["11:48 entries[1].rule.years: give the interval once, in months or in years: remove months: 12 or years: 1"],
      [
        "11:11 entries[1].rule.months: add 'months' (how long the interval is, in months (months: 12) or in years (years: 3))",
      ],
    ]);
  });
});

describe("a cycle written under another name", () => {
  it("points to covers", () => {
    expect(
      problems(schedule('    lastPublished: { date: "2026-03-24", url: /reports/wres/, snapshotYear: "2025" }')),
    ).toEqual([
      "12:63 entries[1].lastPublished.snapshotYear: unknown field 'snapshotYear': say which cycle it is for with 'covers': a snapshot year such as '2024', a reporting year such as '2024/25', or a period { from, to }",
    ]);
  });
});

describe("a schedule loaded without the build's day", () => {
  it("leaves the dates still to come unchecked, as only the build and the dev server know the day", () => {
    const later = schedule('    lastPublished: { date: "2027-03-20", url: /reports/wres/ }');
    expect([
      loadFixture({ "publication-schedule.yaml": later }).ok,
      loadFixture({ "publication-schedule.yaml": later }, TODAY).ok,
    ]).toEqual([true, false]);
  });
});
