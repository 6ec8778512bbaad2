/** A closed organisation's hub is a record: everything stands as it was on its last day. */
import { describe, expect, it } from "vitest";
import { buildSiteData } from "../../../lib/site-data/build-site-data.ts";
import { smallHub, TODAY } from "./small-hub.ts";

function closedHub(closedOn: string) {
  const hub = smallHub();
  hub.organisation.ceased = {
    closedOn,
    successor: { name: "NHS Testshire ICB", url: "https://testshire-icb.example" },
  };
  return hub;
}

describe("the site data of an organisation that closed on 1 July 2022, built in 2026", () => {
  const site = buildSiteData(closedHub("2022-07-01"), TODAY);

  it("works out every status as at 30 June 2022, its last day, and says it is frozen", () => {
    expect(site.statusDate).toEqual({ date: "2022-06-30", frozen: true });
  });

  it("shows no publication overdue that fell due after it closed", () => {
    const open = buildSiteData(smallHub(), TODAY);
    expect(open.scheduleCounts.overdue).toBeGreaterThan(0);
    expect(site.schedule.filter((row) => row.dueDate > "2022-06-30").map((row) => row.status)).not.toContain("overdue");
  });

  it("flags no action as overdue whose due date came after it closed", () => {
    const actions = site.objectives.flatMap((objective) => objective.actions);
    expect(actions.filter((action) => action.overdue)).toEqual([]);
  });

  it("keeps the banner's closed state from the build's own date", () => {
    expect(site.organisationView.ceased?.closed).toBe(true);
  });
});

describe("objectives whose period has ended", () => {
  it("are ended once the period's last year is over, keeping their last status", () => {
    const site = buildSiteData(smallHub(), "2029-01-01");
    expect(site.objectives.map((objective) => [objective.id, objective.ended, objective.status])).toEqual([
      ["fair-access", true, "on-track"],
      ["inclusive-workforce", true, "at-risk"],
    ]);
  });

  it("are not ended during the period's last year", () => {
    const site = buildSiteData(smallHub(), "2028-12-31");
    expect(site.objectives.map((objective) => objective.ended)).toEqual([false, false]);
  });
});
