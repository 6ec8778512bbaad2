import { describe, expect, it } from "vitest";
import { buildSiteData } from "../../../lib/site-data/build-site-data.ts";
import type { HubData } from "../../../lib/data/hub.ts";
import type { Eds2OutcomeCode } from "../../../lib/schemas/outcomes.ts";
import { smallHub, TODAY } from "./small-hub.ts";

const site = buildSiteData(smallHub(), TODAY);

/** The small hub with an EDS2 record too: two goals' worth of outcomes graded in 2016/17, one under fair-access. */
function withEds2(hub: HubData): HubData {
  const outcome = (code: Eds2OutcomeCode, score: 0 | 1 | 2 | 3, objective?: string) => ({
    code,
    statement: `EDS2 outcome ${code}`,
    ...(objective ? { objective } : {}),
    gradings: [{ year: "2016/17", score }],
    notGraded: [],
    evidence: [],
  });
  return {
    ...hub,
    outcomes: {
      ...hub.outcomes,
      eds2: {
        goals: [
          { number: 1, title: "Better health outcomes" },
          { number: 4, title: "Inclusive leadership" },
        ],
        outcomes: [outcome("4.1", 2), outcome("1.2", 1, "fair-access")],
        events: [{ year: "2016/17", date: "2017-02-15", tookPart: ["Healthwatch", "Staff forum"] }],
      },
    },
  };
}
const fairAccess = site.objectives.find((objective) => objective.id === "fair-access");
const characteristic = (id: string) => site.characteristics.find((item) => item.id === id);

describe("buildSiteData", () => {
  it("resolves an objective's characteristics to their names, in the objective's order", () => {
    expect(fairAccess?.characteristics.map((item) => item.name)).toEqual(["Disability", "Age"]);
  });

  it("names the equality duty aims an objective serves in the order of section 149(1)", () => {
    expect(fairAccess?.psedAims.map((aim) => aim.name)).toEqual([
      "Eliminate discrimination",
      "Advance equality of opportunity",
    ]);
  });

  it("gives an objective its EDS outcomes with the latest year's ratings, in code order", () => {
    expect(
      fairAccess?.outcomes.map((group) => [
        group.shortName,
        group.year,
        group.outcomes.map((outcome) => [outcome.code, outcome.latest?.rating]),
      ]),
    ).toEqual([
      [
        "EDS 2022",
        "2025/26",
        [
          ["1A", "developing"],
          ["1B", "achieving"],
        ],
      ],
    ]);
  });

  it("groups an objective's outcomes by EDS version, newest first, each rated in its own latest year", () => {
    const objective = buildSiteData(withEds2(smallHub()), TODAY).objectives.find((item) => item.id === "fair-access");
    expect(
      objective?.outcomes.map((group) => [group.shortName, group.year, group.outcomes.map((o) => o.code)]),
    ).toEqual([
      ["EDS 2022", "2025/26", ["1A", "1B"]],
      ["EDS2", "2016/17", ["1.2"]],
    ]);
  });

  it("flags as overdue only the actions not complete whose due date is before today", () => {
    expect(fairAccess?.actions.map((action) => [action.title, action.overdue])).toEqual([
      ["Done late", false],
      ["Missed", true],
      ["Due today", false],
    ]);
  });

  it("lists under a characteristic every objective that names it", () => {
    expect(characteristic("disability")?.objectives.map((objective) => objective.title)).toEqual([
      "Fair access",
      "Inclusive workforce",
    ]);
  });

  it("lists under a characteristic the outcomes of its objectives, in code order", () => {
    expect(
      characteristic("disability")?.outcomes.map((group) => group.outcomes.map((outcome) => outcome.code)),
    ).toEqual([["1A", "1B", "2A", "3A"]]);
  });

  it("leaves a characteristic no objective names with no objectives and no outcomes", () => {
    expect([characteristic("sexual-orientation")?.objectives, characteristic("sexual-orientation")?.outcomes]).toEqual([
      [],
      [],
    ]);
  });

  it("orders the scorecard's domains by number with their subtotals for each year", () => {
    const [eds2022] = site.scorecard.versions;
    expect(
      eds2022?.sections.map((domain) => [domain.number, domain.totals.map((total) => total.score), domain.max]),
    ).toEqual([
      [1, [2, 3], 6],
      [2, [2, 3], 3],
      [3, [0, 0], 3],
    ]);
  });

  it("says who graded a domain each year and on which days, each once", () => {
    const domain1 = site.scorecard.versions[0]?.sections[0];
    expect(domain1?.graded.map(({ year, gradedOn, gradedBy }) => [year, gradedOn, gradedBy])).toEqual([
      ["2024/25", ["2025-01-20"], ["Healthwatch"]],
      ["2025/26", ["2026-01-28", "2026-02-03"], ["Disability Forum", "Carers' group", "Healthwatch"]],
    ]);
  });

  it("reads the overall rating of the latest year from the bands, for the home page", () => {
    const latest = site.scorecard.latest;
    expect([latest?.version.shortName, latest?.total.year, latest?.total.score, latest?.total.rating]).toEqual([
      "EDS 2022",
      "2025/26",
      6,
      "undeveloped",
    ]);
  });

  it("names the EDS from the data: EDS 2022 alone, or the Equality Delivery System for both versions", () => {
    expect([site.eds, buildSiteData(withEds2(smallHub()), TODAY).eds]).toEqual([
      { version: "eds-2022", name: "Equality Delivery System 2022", shortName: "EDS 2022" },
      { version: "eds-2022", name: "Equality Delivery System", shortName: "EDS" },
    ]);
  });

  it("takes an EDS2 grading's date and who took part from its year's grading event", () => {
    const eds2 = buildSiteData(withEds2(smallHub()), TODAY).scorecard.versions[1];
    expect(eds2?.sections.map((goal) => [goal.noun, goal.number, goal.graded])).toEqual([
      [
        "Goal",
        1,
        [{ year: "2016/17", gradedOn: ["2017-02-15"], gradedBy: ["Healthwatch", "Staff forum"], notGraded: [] }],
      ],
      [
        "Goal",
        4,
        [{ year: "2016/17", gradedOn: ["2017-02-15"], gradedBy: ["Healthwatch", "Staff forum"], notGraded: [] }],
      ],
    ]);
  });

  it("sorts the schedule by due date and counts each status for the home page", () => {
    expect([site.schedule.map((row) => row.entry.id), site.scheduleCounts]).toEqual([
      ["wres", "gender-pay-gap"],
      { published: 1, "due-soon": 0, overdue: 1, upcoming: 0 },
    ]);
  });

  it("passes today and the organisation through for the templates", () => {
    expect([site.today, site.organisation.shortName]).toEqual(["2026-11-23", "NHS Testshire ICB"]);
  });
});
