/**
 * The example hub, an ICB of 250 staff or more, says what it has always said about its duties,
 * its reports and its EDS version, now that the words come from its data rather than the
 * templates: its gated build, pinned to 23 November 2026.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readPage, text } from "../helpers/build-hub.ts";
import { exampleSite } from "../helpers/example-site.ts";

let site: string;

beforeAll(() => {
  site = exampleSite().dir;
});

function card(title: string): string {
  const home = readPage(site, "/");
  return text(
    [...home.querySelectorAll(".nhsuk-card")]
      .find((item) => text(item.querySelector("h3")) === title)
      ?.querySelector("p"),
  );
}

describe("the example hub's words about its reports and its EDS", () => {
  it("names every kind of report it holds on the home page card", () => {
    expect(card("Reports")).toBe(
      "Our Equality Delivery System, workforce race and disability, and gender pay gap reports, with our other equality publications, year by year.",
    );
  });

  it("opens the reports page with the four kinds of report, and describes it the same way", () => {
    const reports = readPage(site, "/reports/");
    expect([
      text(reports.querySelector(".nhsuk-lede-text")),
      reports.querySelector("meta[name='description']")?.getAttribute("content"),
    ]).toEqual([
      "Each year we report on equality for our patients and our staff: the Equality Delivery System 2022 (EDS), the Workforce Race Equality Standard (WRES), the Workforce Disability Equality Standard (WDES) and our gender pay gap. We also publish other reports and statements about equality, each under the year it covers.",
      "Our Equality Delivery System, Workforce Race and Disability Equality Standard, and gender pay gap reports, with our other equality publications, year by year.",
    ]);
  });

  it("names EDS 2022 in the scorecard's title, heading and card", () => {
    const scorecard = readPage(site, "/eds-scorecard/");
    expect([
      text(scorecard.querySelector("title")),
      text(scorecard.querySelector("h1")),
      text(readPage(site, "/").querySelector("a[href='/eds-scorecard/'].nhsuk-card__link")),
    ]).toEqual([
      "EDS 2022 scorecard - NHS Wealdmoor ICB",
      "Equality Delivery System 2022 scorecard",
      "EDS 2022 scorecard",
    ]);
  });

  it("explains no duty away, as every employer duty applies to it", () => {
    const pages = ["/publication-schedule/", "/legal-duties/", "/reports/"].map((url) => readPage(site, url));
    expect(pages.map((page) => page.querySelector(".app-employer-duties"))).toEqual([null, null, null]);
  });

  it("lists no members, and owns the footer by its own name", () => {
    const home = readPage(site, "/");
    expect([home.querySelector(".app-members"), text(home.querySelector(".nhsuk-footer__meta p"))]).toEqual([
      null,
      "© NHS Wealdmoor Integrated Care Board",
    ]);
  });
});
