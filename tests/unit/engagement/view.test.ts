/** What the engagement pages are given: statuses in words, names for ids, and the list page's groups. */
import { describe, expect, it } from "vitest";
import { buildEngagementView } from "../../../lib/site-data/engagement-view.ts";
import type { Engagement } from "../../../lib/schemas/engagement.ts";
import type { Characteristic } from "../../../lib/schemas/protected-characteristics.ts";

const TODAY = "2026-11-23";

const characteristics: Characteristic[] = [
  { id: "age", name: "Age", section: "5", description: "How old you are." },
  { id: "disability", name: "Disability", section: "6", description: "A long-term condition." },
];

function engagement(id: string, opens: string, closes: string, extra: Partial<Engagement> = {}): Engagement {
  return {
    id,
    title: `Title of ${id}`,
    kind: "consultation",
    summary: "What it is about.",
    opens,
    closes,
    respond: { how: "Fill in the survey.", url: "https://www.example.nhs.uk/survey" },
    groups: { characteristics: [], seldomHeard: ["Carers"] },
    documents: [],
    ...extra,
  };
}

const outcome = { publishedOn: "2026-10-01", weHeard: "What people said.", weDid: "What we changed." };

/** engagement.yaml with these entries and the default 12 weeks for an outcome. */
function file(engagements: Engagement[], outcomeExpectedWithinWeeks = 12) {
  return { outcomeExpectedWithinWeeks, engagements };
}

describe("the engagement view", () => {
  it("lists open ones closing soonest first, then upcoming ones opening soonest, then closed ones most recent first", () => {
    const view = buildEngagementView(
      file([
        engagement("closed-long-ago", "2025-01-01", "2025-03-01"),
        engagement("open-late", "2026-11-01", "2027-01-31"),
        engagement("upcoming-later", "2027-03-01", "2027-04-01"),
        engagement("finished", "2026-06-01", "2026-08-31", { outcome }),
        engagement("open-soon", "2026-10-01", "2026-11-23"),
        engagement("upcoming-sooner", "2026-11-24", "2026-12-24"),
      ]),
      characteristics,
      TODAY,
    );
    expect(
      view.groups.map((group) => [group.heading, group.engagements.map((item) => `${item.id}: ${item.statusLabel}`)]),
    ).toEqual([
      ["Open now", ["open-soon: Open", "open-late: Open"]],
      ["Coming up", ["upcoming-sooner: Upcoming", "upcoming-later: Upcoming"]],
      ["Closed", ["finished: Outcome published", "closed-long-ago: Closed"]],
    ]);
    expect(view.engagements.map((item) => item.id)).toEqual([
      "open-soon",
      "open-late",
      "upcoming-sooner",
      "upcoming-later",
      "finished",
      "closed-long-ago",
    ]);
    expect(view.openNow.map((item) => item.id)).toEqual(["open-soon", "open-late"]);
  });

  it("leaves out a group with nothing in it", () => {
    const view = buildEngagementView(file([engagement("open", "2026-11-01", "2026-12-01")]), characteristics, TODAY);
    expect(view.groups.map((group) => group.heading)).toEqual(["Open now"]);
  });

  it("names the characteristics in the order the file lists them", () => {
    const view = buildEngagementView(
      file([
        engagement("open", "2026-11-01", "2026-12-01", {
          groups: { characteristics: ["disability", "age"], seldomHeard: [] },
        }),
      ]),
      characteristics,
      TODAY,
    );
    expect(view.engagements[0]?.characteristics.map((item) => item.name)).toEqual(["Disability", "Age"]);
  });

  it("keeps an outcome dated in the future from readers until its day", () => {
    const view = buildEngagementView(
      file([engagement("closed", "2026-09-01", "2026-10-31", { outcome: { ...outcome, publishedOn: "2026-12-01" } })]),
      characteristics,
      TODAY,
    );
    expect([view.engagements[0]?.statusLabel, view.engagements[0]?.outcome]).toEqual(["Closed", undefined]);
  });

  it("has no groups when there is nothing to show", () => {
    expect(buildEngagementView(file([]), characteristics, TODAY)).toEqual({
      engagements: [],
      groups: [],
      openNow: [],
    });
  });
});

describe("what the page of a closed one says happened next", () => {
  /** Its next step on `today`, closed on 27 September 2026 with no outcome. */
  function nextStep(today: string, options: { weeks?: number; organisationClosed?: boolean } = {}) {
    const view = buildEngagementView(
      file([engagement("transport", "2026-07-06", "2026-09-27")], options.weeks),
      characteristics,
      today,
      options.organisationClosed,
    );
    return view.engagements[0]?.nextStep;
  }

  it("has none while it is open", () => {
    expect(nextStep("2026-09-27")).toBeUndefined();
  });

  it("is that we are considering what we heard, up to 12 weeks after it closed by default", () => {
    expect([nextStep("2026-09-28"), nextStep("2026-12-20")]).toEqual(["considering", "considering"]);
  });

  it("is that no outcome has been published from the day after those 12 weeks", () => {
    expect(nextStep("2026-12-21")).toBe("no-outcome");
  });

  it("waits as many weeks as engagement.yaml says", () => {
    expect([nextStep("2026-10-11", { weeks: 2 }), nextStep("2026-10-12", { weeks: 2 })]).toEqual([
      "considering",
      "no-outcome",
    ]);
  });

  it("is never that we are considering once the organisation has closed", () => {
    expect(nextStep("2026-09-28", { organisationClosed: true })).toBe("no-outcome");
  });

  it("is the outcome once it is published, however long after", () => {
    const view = buildEngagementView(
      file([
        engagement("finished", "2020-06-01", "2020-08-31", { outcome: { ...outcome, publishedOn: "2021-03-01" } }),
      ]),
      characteristics,
      TODAY,
    );
    expect([view.engagements[0]?.nextStep, view.engagements[0]?.outcome?.weHeard]).toEqual([
      "outcome",
      "What people said.",
    ]);
  });
});

describe("an old record without an opening day", () => {
  const { opens: _opens, ...record } = engagement("eye-tests", "2018-09-01", "2018-10-21", { closesAt: "23:59" });

  it("is listed with the closed ones, keeping its closing time", () => {
    const view = buildEngagementView(file([record]), characteristics, TODAY);
    expect(
      view.groups.map((group) => [group.heading, group.engagements.map((item) => [item.id, item.closesAt])]),
    ).toEqual([["Closed", [["eye-tests", "23:59"]]]]);
  });
});
