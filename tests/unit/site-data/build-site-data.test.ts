import { describe, expect, it } from "vitest";
import { buildSiteData } from "../../../lib/site-data/build-site-data.ts";
import { smallHub, TODAY } from "./small-hub.ts";

const site = buildSiteData(smallHub(), TODAY);
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

  it("gives an objective its EDS outcomes with this year's ratings, in code order", () => {
    expect(fairAccess?.outcomes.map((outcome) => [outcome.code, outcome.rating])).toEqual([
      ["1A", "developing"],
      ["1B", "achieving"],
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
    expect(characteristic("disability")?.outcomes.map((outcome) => outcome.code)).toEqual(["1A", "1B", "2A", "3A"]);
  });

  it("leaves a characteristic no objective names with no objectives and no outcomes", () => {
    expect([characteristic("sexual-orientation")?.objectives, characteristic("sexual-orientation")?.outcomes]).toEqual([
      [],
      [],
    ]);
  });

  it("orders the scorecard's domains by number with their subtotals", () => {
    expect(site.scorecard.domains.map((domain) => [domain.domain.number, domain.subtotal, domain.max])).toEqual([
      [1, 3, 6],
      [2, 3, 3],
      [3, 0, 3],
    ]);
  });

  it("says who graded a domain this year and on which days, each once", () => {
    const domain1 = site.scorecard.domains[0];
    expect([domain1?.gradedOn, domain1?.gradedBy]).toEqual([
      ["2026-01-28", "2026-02-03"],
      ["Disability Forum", "Carers' group", "Healthwatch"],
    ]);
  });

  it("reads the overall rating from the bands", () => {
    expect([site.scorecard.overall.score, site.scorecard.overall.rating]).toEqual([6, "undeveloped"]);
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
