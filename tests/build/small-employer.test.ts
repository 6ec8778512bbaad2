/**
 * A small employer: fewer than 150 staff, so no employee information under regulation 4 and no
 * gender pay gap report. No page claims either, and the schedule, legal duties and reports pages
 * say why, in the data's words. Renders a copy of the example data with Eleventy alone, with the
 * band changed and the gender pay gap taken out of the schedule, the reports and the duties.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument, type Document as YamlDocument } from "yaml";
import { PROJECT_ROOT, makeTempDir, readPage, removeDir, text } from "../helpers/build-hub.ts";
import { renderWithEleventy } from "../helpers/render-copy.ts";
import { htmlPages } from "./page-queries.ts";

let workDir: string;
let site: string;

function editYaml(dataDir: string, file: string, edit: (data: Record<string, unknown>) => void): void {
  const target = path.join(dataDir, file);
  const doc: YamlDocument = parseDocument(readFileSync(target, "utf8"));
  const data = doc.toJS() as Record<string, unknown>;
  edit(data);
  writeFileSync(target, parseDocument(JSON.stringify(data)).toString());
}

const notPayGap = (id: unknown) => id !== "gender-pay-gap";

beforeAll(() => {
  workDir = makeTempDir("small-employer");
  const dataDir = path.join(workDir, "data");
  cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
  editYaml(dataDir, "organisation.yaml", (organisation) => {
    organisation.employees = "under-150";
  });
  editYaml(dataDir, "publication-schedule.yaml", (schedule) => {
    schedule.entries = (schedule.entries as Array<{ id: string }>).filter((entry) => notPayGap(entry.id));
  });
  editYaml(dataDir, "reports.yaml", (reports) => {
    reports.reports = (reports.reports as Array<{ type: string }>).filter((report) => notPayGap(report.type));
  });
  editYaml(dataDir, "legal-duties.yaml", (duties) => {
    for (const duty of duties.duties as Array<{ metBy?: { schedule?: string[] } }>) {
      if (duty.metBy?.schedule) duty.metBy.schedule = duty.metBy.schedule.filter(notPayGap);
    }
  });
  site = path.join(workDir, "site");
  renderWithEleventy(dataDir, site);
});

afterAll(() => removeDir(workDir));

/** Sentences the templates used to write whatever the data said. */
const templateClaims = ["gender pay gap reports, year by year", "and our gender pay gap", "Gender pay gap figures for"];

function everyPage(): Document[] {
  return htmlPages(site).map((file) => readPage(site, `/${path.relative(site, file).split(path.sep).join("/")}`));
}

describe("an employer of fewer than 150 people", () => {
  it("claims a gender pay gap report on no page the templates word, and links to none", () => {
    const pages = everyPage();
    const claims = pages.flatMap((page) => {
      const said = `${text(page)} ${page.querySelector("meta[name='description']")?.getAttribute("content") ?? ""}`;
      return templateClaims.filter((claim) => said.includes(claim));
    });
    const links = pages.flatMap((page) =>
      [...page.querySelectorAll("a[href^='/reports/gender-pay-gap']")].map((link) => link.getAttribute("href")),
    );
    expect([claims, links]).toEqual([[], []]);
  });

  it("describes its reports by what it publishes, on the home page and the reports page", () => {
    const home = readPage(site, "/");
    const card = [...home.querySelectorAll(".nhsuk-card")].find((item) => text(item.querySelector("h3")) === "Reports");
    const reports = readPage(site, "/reports/");
    expect([
      text(card?.querySelector("p")),
      reports.querySelector("meta[name='description']")?.getAttribute("content"),
      text(reports.querySelector(".nhsuk-lede-text")),
    ]).toEqual([
      "Our Equality Delivery System and workforce race and disability reports, with our other equality publications, year by year.",
      "Our Equality Delivery System and Workforce Race and Disability Equality Standard reports, with our other equality publications, year by year.",
      "Each year we report on equality for our patients and our staff: the Equality Delivery System 2022 (EDS), the Workforce Race Equality Standard (WRES) and the Workforce Disability Equality Standard (WDES). We also publish other reports and statements about equality, each under the year it covers.",
    ]);
  });

  it("says on the reports page why there is no gender pay gap report", () => {
    expect(text(readPage(site, "/reports/").querySelector(".app-employer-duties"))).toBe(
      "Gender pay gap We employ fewer than 250 people, so we do not have to publish a gender pay gap report.",
    );
  });

  it("says on the schedule and the legal duties pages which duties do not apply, and why", () => {
    const reasons = [
      "We employ fewer than 150 people, so we do not have to publish equality information about our employees.",
      "We employ fewer than 250 people, so we do not have to publish a gender pay gap report.",
    ];
    const said = (url: string) =>
      [...readPage(site, url).querySelectorAll(".app-employer-duties p")].map((paragraph) => text(paragraph));
    expect([said("/publication-schedule/"), said("/legal-duties/")]).toEqual([reasons, reasons]);
  });
});
