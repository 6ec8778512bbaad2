/**
 * A joint hub: one data set published for several CCGs, named by the partnership in the header,
 * titles and footer, with the members listed once on the home page and once on the contact page.
 * Renders copies of the example data with Eleventy alone, for six members and for one.
 */
import { cpSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, makeTempDir, readPage, removeDir, text } from "../helpers/build-hub.ts";
import { renderWithEleventy } from "../helpers/render-copy.ts";
import { htmlPages } from "./page-queries.ts";

const parts = ["North", "South", "East", "West", "Central", "Coastal"];

/** organisation.yaml for a joint hub of the CCGs named; East and West employ fewer than 250. */
function jointHub(members: string[]): string {
  const list = members
    .map((part, index) => {
      const small = part === "East" || part === "West" ? "    employees: 150-249\n" : "";
      return `  - name: NHS ${part} Wealdshire Clinical Commissioning Group\n    shortName: NHS ${part} Wealdshire CCG\n    odsCode: "9${index}W"\n${small}`;
    })
    .join("");
  return `name: Wealdshire CCGs
shortName: Wealdshire CCGs
type: CCG
employees: 250-or-more
members:
${list}siteUrl: https://equality.wealdshire-ccgs.example
contact:
  email: enquiries@wealdshire-ccgs.example
  phone: "0113 496 0000"
  address:
    lines:
      - Wealdshire CCGs
      - County Hall
    postcode: WS1 1AA
equalityContact:
  team: Equality and Inclusion team
  email: equality@wealdshire-ccgs.example
alternativeFormatsContact:
  email: formats@wealdshire-ccgs.example
  phone: "0113 496 0456"
ceased:
  closedOn: "2022-07-01"
  successor:
    name: NHS Wealdmoor Integrated Care Board
    url: https://www.wealdmoor-icb.example/
`;
}

let workDir: string;
const sites: Record<"six" | "one", string> = { six: "", one: "" };

function renderJointHub(name: keyof typeof sites, members: string[]): string {
  const dataDir = path.join(workDir, `data-${name}`);
  cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
  writeFileSync(path.join(dataDir, "organisation.yaml"), jointHub(members));
  // CCGs cite the 2012 Act's sections: the example ICB's legal duties would be refused.
  cpSync(
    path.join(PROJECT_ROOT, "tests/unit/legal-duties/ccg-legal-duties.yaml"),
    path.join(dataDir, "legal-duties.yaml"),
  );
  const site = path.join(workDir, `site-${name}`);
  renderWithEleventy(dataDir, site);
  return site;
}

function members(page: Document): string[] {
  return [...page.querySelectorAll("main .app-members li")].map((item) => text(item));
}

beforeAll(() => {
  workDir = makeTempDir("joint-hub");
  sites.six = renderJointHub("six", parts);
  sites.one = renderJointHub("one", parts.slice(0, 1));
});

afterAll(() => removeDir(workDir));

describe("a joint hub of six CCGs", () => {
  it("names the partnership, short, in the header, the page titles and the home page heading", () => {
    const schedule = readPage(sites.six, "/publication-schedule/");
    const home = readPage(sites.six, "/");
    expect([
      text(schedule.querySelector(".nhsuk-header__service-name")),
      text(schedule.querySelector("title")),
      text(home.querySelector("h1")),
    ]).toEqual([
      "Wealdshire CCGs equality hub",
      "Publication schedule - Wealdshire CCGs",
      "Wealdshire CCGs: equality, diversity and inclusion",
    ]);
  });

  it("lists the six members with their ODS codes on the home page, after saying how many there are", () => {
    const home = readPage(sites.six, "/");
    expect(text(home.querySelector("main .app-members p"))).toBe(
      "This hub is shared by 6 clinical commissioning groups:",
    );
    expect(members(home)).toEqual(
      parts.map((part, index) => `NHS ${part} Wealdshire Clinical Commissioning Group (ODS code 9${index}W)`),
    );
  });

  it("lists the same members on the contact page", () => {
    expect(members(readPage(sites.six, "/contact/"))).toEqual(members(readPage(sites.six, "/")));
  });

  it("lists the members on no other page", () => {
    const listing = htmlPages(sites.six)
      .filter((file) =>
        readPage(sites.six, `/${path.relative(sites.six, file).split(path.sep).join("/")}`).querySelector(
          ".app-members",
        ),
      )
      .map((file) => path.relative(sites.six, file).split(path.sep).join("/"));
    expect(listing.sort()).toEqual(["contact/index.html", "index.html"]);
  });

  it("gives the partnership's name as the footer's copyright", () => {
    expect(text(readPage(sites.six, "/reports/").querySelector(".nhsuk-footer__meta p"))).toBe("© Wealdshire CCGs");
  });

  it("says on the schedule and legal duties pages which members did not have to publish a gender pay gap, and why", () => {
    const reason =
      "NHS East Wealdshire CCG and NHS West Wealdshire CCG each employed fewer than 250 people, so they did not have to publish a gender pay gap report.";
    expect([
      text(readPage(sites.six, "/publication-schedule/").querySelector("#employer-duty-gender-pay-gap")),
      text(readPage(sites.six, "/legal-duties/").querySelector("#employer-duty-gender-pay-gap")),
    ]).toEqual([reason, reason]);
  });
});

describe("a joint hub of one CCG", () => {
  it("says the hub is published by its member, and names it in the footer", () => {
    const home = readPage(sites.one, "/");
    expect([
      text(home.querySelector("main .app-members p")),
      members(home),
      text(home.querySelector(".nhsuk-footer__meta p")),
    ]).toEqual([
      "This hub is published by:",
      ["NHS North Wealdshire Clinical Commissioning Group (ODS code 90W)"],
      "© NHS North Wealdshire Clinical Commissioning Group",
    ]);
  });
});
