/** Which employer duties apply, from the headcount bands, and why the others do not, in words. */
import { describe, expect, it } from "vitest";
import type { Member, Organisation } from "../../../lib/schemas/organisation.ts";
import type { ReportsFile } from "../../../lib/schemas/reports.ts";
import { buildEmployerDutiesView } from "../../../lib/site-data/employer-duties-view.ts";
import { smallHub, TODAY } from "./small-hub.ts";

const noReports: ReportsFile = { reports: [] };

function single(employees: Organisation["employees"]): Organisation {
  return { ...smallHub().organisation, employees };
}

function member(name: string, odsCode: string, employees?: Member["employees"]): Member {
  return { name, odsCode, ...(employees ? { employees } : {}) };
}

function joint(members: Member[], employees?: Organisation["employees"]): Organisation {
  const { odsCode: _single, ...organisation } = smallHub().organisation;
  return { ...organisation, name: "Testshire CCGs", type: "CCG", members, ...(employees ? { employees } : {}) };
}

function reasons(organisation: Organisation, reports = noReports, today = TODAY): string[] {
  return buildEmployerDutiesView(organisation, reports, today).notApplying.map((duty) =>
    [duty.reason, duty.voluntary].filter(Boolean).join(" "),
  );
}

const payGapReport = {
  type: "gender-pay-gap",
  year: "2025/26",
  publishedOn: "2026-03-20",
  documents: [],
} as unknown as ReportsFile["reports"][number];

describe("the employer duties of a single organisation", () => {
  it("has every duty, and nothing to explain, with 250 staff or more", () => {
    const view = buildEmployerDutiesView(single("250-or-more"), noReports, TODAY);
    expect([view.employeeInformation.applies, view.genderPayGap.applies, view.notApplying]).toEqual([true, true, []]);
  });

  it("says why there is no gender pay gap report with 150 to 249 staff", () => {
    expect(reasons(single("150-249"))).toEqual([
      "We employ fewer than 250 people, so we do not have to publish a gender pay gap report.",
    ]);
  });

  it("says why neither staff duty applies with fewer than 150 staff", () => {
    expect(reasons(single("under-150"))).toEqual([
      "We employ fewer than 150 people, so we do not have to publish equality information about our employees.",
      "We employ fewer than 250 people, so we do not have to publish a gender pay gap report.",
    ]);
  });

  it("says a gender pay gap report that reports.yaml holds is published voluntarily", () => {
    expect(reasons(single("150-249"), { reports: [payGapReport] })).toEqual([
      "We employ fewer than 250 people, so we do not have to publish a gender pay gap report. We publish one voluntarily.",
    ]);
  });

  it("speaks in the past once the organisation has closed", () => {
    const closed = {
      ...single("150-249"),
      ceased: { closedOn: "2022-07-01", successor: { name: "NHS Testshire ICB", url: "https://testshire.example" } },
    };
    expect(reasons(closed)).toEqual([
      "We employed fewer than 250 people, so we did not have to publish a gender pay gap report.",
    ]);
  });

  it("assumes no duty away when the band is not known", () => {
    expect(reasons(single(undefined))).toEqual([]);
  });
});

describe("the employer duties of a joint hub", () => {
  it("says none of the members has a duty when the hub's band covers them all", () => {
    const hub = joint([member("NHS North CCG", "99A"), member("NHS South CCG", "99B")], "150-249");
    expect(reasons(hub)).toEqual([
      "Each of our member organisations employs fewer than 250 people, so none of them has to publish a gender pay gap report.",
    ]);
  });

  it("names the members a duty does not apply to, and keeps it for the others", () => {
    const hub = joint([
      member("NHS North CCG", "99A", "under-150"),
      member("NHS South CCG", "99B", "150-249"),
      member("NHS East CCG", "99C", "250-or-more"),
    ]);
    const view = buildEmployerDutiesView(hub, noReports, TODAY);
    expect([view.genderPayGap.applies, reasons(hub)]).toEqual([
      true,
      [
        "NHS North CCG employs fewer than 150 people, so it does not have to publish equality information about its employees.",
        "NHS North CCG and NHS South CCG each employ fewer than 250 people, so they do not have to publish a gender pay gap report.",
      ],
    ]);
  });

  it("names the one member a duty falls on when it spares most of them", () => {
    const hub = joint(
      [
        member("NHS North CCG", "99A", "250-or-more"),
        member("NHS South CCG", "99B"),
        member("NHS East CCG", "99C"),
        member("NHS West CCG", "99D"),
      ],
      "under-150",
    );
    expect(reasons(hub)).toEqual([
      "Every member organisation except NHS North CCG employs fewer than 150 people, so only NHS North CCG has to publish equality information about its employees.",
      "Every member organisation except NHS North CCG employs fewer than 250 people, so only NHS North CCG has to publish a gender pay gap report.",
    ]);
  });

  it("names its one member rather than speaking of each member", () => {
    expect(reasons(joint([member("NHS Oakvale CCG", "03X", "150-249")]))).toEqual([
      "NHS Oakvale CCG employs fewer than 250 people, so it does not have to publish a gender pay gap report.",
    ]);
  });
});
