/** The hub's part of the build summary, picked from the site data its pages are built from. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hubFacts } from "../../../lib/build/summary-facts.ts";
import type { LoadedHub } from "../../../lib/data/hub.ts";
import { loadHubOrThrow } from "../../../lib/data/load-hub.ts";
import { collectWarnings } from "../../../lib/data/warnings.ts";
import { buildSiteData } from "../../../lib/site-data/build-site-data.ts";
import { PINNED_TODAY, PROJECT_ROOT } from "../../helpers/build-hub.ts";
import { smallHub, TODAY } from "../site-data/small-hub.ts";

const exampleHub = (folder: string) => loadHubOrThrow(path.join(PROJECT_ROOT, folder), PROJECT_ROOT, PINNED_TODAY);

/** What the summary is given: the hub's facts, and the data warnings the content step printed. */
function summaryFacts(loaded: LoadedHub) {
  return {
    hub: hubFacts(buildSiteData(loaded.data, PINNED_TODAY)),
    dataWarnings: collectWarnings(loaded.data, loaded.files, PINNED_TODAY).length,
  };
}

describe("the summary's facts about the example hub", () => {
  const { hub, dataWarnings } = summaryFacts(exampleHub("_data"));

  it("names the overdue publication and those due in the next 60 days, soonest first, as the schedule shows them", () => {
    expect(hub.overdue.map((one) => one.title)).toEqual(["Workforce Race Equality Standard report"]);
    expect(hub.dueBy).toBe("2027-01-22");
    expect(hub.dueSoon.map((one) => one.date)).toEqual(["2026-12-09", "2026-12-18", "2027-01-18"]);
  });

  it("names the policies the policy pages tag 'Review overdue', and counts the build's data warnings", () => {
    expect(hub.policiesPastReview.map((one) => one.title)).toEqual([
      "Recruitment and selection policy",
      "Equality impact assessment procedure",
    ]);
    expect(dataWarnings).toBe(2);
  });
});

describe("the summary's facts about consultations", () => {
  it("names one opening or closing within 14 days, and not one further off", () => {
    // The example hub's first consultation, on different days.
    const data = smallHub();
    const base = exampleHub("_data").data.engagement.engagements[0];
    if (!base) throw new Error("the example hub has a consultation");
    data.engagement.engagements = [
      { ...base, id: "opens-soon", title: "Opens soon", opens: "2026-12-07", closes: "2027-01-31" },
      { ...base, id: "opens-later", title: "Opens later", opens: "2026-12-08", closes: "2027-01-31" },
      { ...base, id: "closes-soon", title: "Closes soon", opens: "2026-10-01", closes: "2026-12-07" },
      { ...base, id: "closes-later", title: "Closes later", opens: "2026-10-01", closes: "2026-12-08" },
    ];
    const facts = hubFacts(buildSiteData(data, TODAY));
    expect(facts.opening.map((one) => one.title)).toEqual(["Opens soon"]);
    expect(facts.closing.map((one) => one.title)).toEqual(["Closes soon"]);
  });
});

describe("the summary's facts about a closed organisation", () => {
  const { hub, dataWarnings } = summaryFacts(exampleHub("examples/closed-ccg/_data"));

  it("is marked closed, with its last day, and has nothing due from now on", () => {
    expect(hub.closed).toEqual({ name: "NHS Oakvale CCG", closedOn: "2022-07-01", lastDay: "2022-06-30" });
    expect(hub.dueSoon).toEqual([]);
  });

  it("names what its pages show as overdue as at its last day, and no data warnings", () => {
    expect(hub.overdue.map((one) => one.title)).toEqual(["Equality objectives"]);
    expect(dataWarnings).toBe(0);
  });
});
