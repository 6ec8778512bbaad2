/** The summary at the end of a build or a check, as the comms officer reads it. */
import { describe, expect, it } from "vitest";
import { itemsLine, summaryLines, type HubFacts, type SummaryFacts } from "../../../lib/build/build-summary.ts";

const quietHub: HubFacts = {
  overdue: [],
  dueSoon: [],
  dueBy: "2027-01-22",
  policiesPastReview: [],
  opening: [],
  closing: [],
};

function facts(overrides: Partial<SummaryFacts> = {}): SummaryFacts {
  return { today: "2026-11-23", hub: quietHub, dataWarnings: 0, ...overrides };
}

const item = (title: string, date: string) => ({ title, date });

describe("the build summary", () => {
  it("opens with the build's day and indents every line under it", () => {
    const lines = summaryLines(facts());
    expect(lines[0]).toBe("Summary for 23 November 2026:");
    expect(lines.slice(1).every((line) => line.startsWith("  "))).toBe(true);
  });

  it("says 'none' for each thing a quiet hub has nothing of, so nothing looks forgotten", () => {
    expect(summaryLines(facts({ linkWarnings: 0 })).map((line) => line.trim())).toEqual([
      "Summary for 23 November 2026:",
      "Overdue: none.",
      "Due in the next 60 days (by 22 January 2027): none.",
      "Policies past their review date: none.",
      "Consultations and engagement opening in the next 14 days: none.",
      "Consultations and engagement closing in the next 14 days: none.",
      "Warnings: 0 data warnings and 0 link warnings.",
    ]);
  });

  it("names an overdue publication with the deadline it missed", () => {
    const hub = { ...quietHub, overdue: [item("Gender pay gap report", "2026-03-30")] };
    expect(summaryLines(facts({ hub }))).toContain("  Overdue: Gender pay gap report (due 30 March 2026).");
  });

  it("names up to three items, then counts the rest", () => {
    const overdue = ["A", "B", "C", "D", "E"].map((title) => item(title, "2026-03-30"));
    expect(itemsLine("Overdue", overdue, "due")).toBe(
      "Overdue: A (due 30 March 2026), B (due 30 March 2026), C (due 30 March 2026) and 2 more.",
    );
  });

  it("joins two or three items with 'and'", () => {
    expect(itemsLine("Overdue", [item("A", "2026-03-30"), item("B", "2026-04-01")], "due")).toBe(
      "Overdue: A (due 30 March 2026) and B (due 1 April 2026).",
    );
  });

  it("says when each policy's review was due, and when consultations open and close", () => {
    const hub = {
      ...quietHub,
      policiesPastReview: [item("Recruitment policy", "2026-03-31")],
      opening: [item("Transport survey", "2026-12-01")],
      closing: [item("Maternity services", "2026-12-04")],
    };
    const lines = summaryLines(facts({ hub })).map((line) => line.trim());
    expect(lines).toContain("Policies past their review date: Recruitment policy (review was due 31 March 2026).");
    expect(lines).toContain(
      "Consultations and engagement opening in the next 14 days: Transport survey (opens 1 December 2026).",
    );
    expect(lines).toContain(
      "Consultations and engagement closing in the next 14 days: Maternity services (closes 4 December 2026).",
    );
  });

  it("counts pages built, checked and taken from the gate's cache, and a passed gate", () => {
    const gate = { passed: true, pagesChecked: 1200, pagesFromCache: 1150, problems: 0, failingPages: 0 };
    const lines = summaryLines(facts({ pagesBuilt: 1200, gate })).map((line) => line.trim());
    expect(lines).toContain(
      "Pages: 1,200 built, 1,200 checked in the browser (1,150 unchanged since they last passed, so from the gate's cache).",
    );
    expect(lines).toContain("Gate: passed, no problems on 1,200 pages.");
  });

  it("speaks of one page from the cache in the singular", () => {
    const gate = { passed: true, pagesChecked: 2, pagesFromCache: 1, problems: 0, failingPages: 0 };
    expect(summaryLines(facts({ pagesBuilt: 2, gate }))).toContain(
      "  Pages: 2 built, 2 checked in the browser (1 unchanged since it last passed, so from the gate's cache).",
    );
  });

  it("counts a failed gate's problems and pages, and says nothing was published", () => {
    const gate = { passed: false, pagesChecked: 45, pagesFromCache: 0, problems: 1, failingPages: 1 };
    expect(summaryLines(facts({ pagesBuilt: 45, gate }))).toContain(
      "  Gate: failed, 1 problem on 1 of 45 pages; nothing was published.",
    );
  });

  it("has no gate line for the check, which runs no browser", () => {
    const lines = summaryLines(facts({ pagesBuilt: 45, linkWarnings: 0 }));
    expect(lines).toContain("  Pages: 45 built.");
    expect(lines.some((line) => line.includes("Gate"))).toBe(false);
  });

  it("says where a run stopped before the gate", () => {
    expect(summaryLines(facts({ stoppedAt: "the link and redirect checks" }))).toContain(
      "  Stopped at the link and redirect checks: the problems are listed above.",
    );
  });

  it("counts warnings in the singular and plural, and points to them above", () => {
    expect(summaryLines(facts({ dataWarnings: 1, linkWarnings: 2 })).at(-1)).toBe(
      "  Warnings: 1 data warning and 2 link warnings (listed above).",
    );
  });

  it("shows writing warnings only when the writing checks gave a count", () => {
    expect(summaryLines(facts({ linkWarnings: 0 })).at(-1)).not.toContain("writing");
    expect(summaryLines(facts({ linkWarnings: 0, writingWarnings: 3 })).at(-1)).toBe(
      "  Warnings: 0 data warnings, 0 link warnings and 3 writing warnings (listed above).",
    );
  });
});

describe("the build summary of a closed organisation", () => {
  const hub: HubFacts = {
    ...quietHub,
    closed: { name: "NHS Oakvale CCG", closedOn: "2022-07-01", lastDay: "2022-06-30" },
    overdue: [item("Equality objectives", "2021-03-28")],
  };
  const lines = summaryLines(facts({ hub })).map((line) => line.trim());

  it("says the hub is a record, so nothing falls due", () => {
    expect(lines).toContain(
      "NHS Oakvale CCG closed on 1 July 2022: the hub is a record, so nothing falls due and no policy needs review.",
    );
  });

  it("says what was overdue as at its last day, as its pages do, and never that anything is overdue now", () => {
    expect(lines).toContain("Overdue when it closed (as at 30 June 2022): Equality objectives (due 28 March 2021).");
    expect(lines.some((line) => line.startsWith("Overdue:"))).toBe(false);
    expect(lines.some((line) => line.startsWith("Due in the next"))).toBe(false);
  });
});
