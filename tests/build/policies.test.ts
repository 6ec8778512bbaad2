/**
 * The policies library in the example hub, built once for the whole run and pinned to
 * 23 November 2026: what a reader sees on the list and on a policy's page, and what the build
 * tells the editor about policies past their review date.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readPage, text } from "../helpers/build-hub.ts";
import { exampleSite } from "../helpers/example-site.ts";
import { heard, rowStarting } from "./page-queries.ts";

let site: string;

beforeAll(() => {
  site = exampleSite().dir;
});

/** The summary list's rows as key and value, as a reader hears them. */
function details(page: Document): Array<[string, string]> {
  return [...page.querySelectorAll(".nhsuk-summary-list__row")].map((row) => [
    text(row.querySelector(".nhsuk-summary-list__key")),
    text(row.querySelector(".nhsuk-summary-list__value")),
  ]);
}

describe("the policies library", () => {
  it("groups the policies under a heading per category, in a fixed order", () => {
    const list = readPage(site, "/policies/");
    expect(text(list.querySelector("h1"))).toBe("Policies and procedures");
    expect([...list.querySelectorAll("main h2")].map((heading) => text(heading))).toEqual([
      "Governance",
      "Workforce",
      "Information governance",
      "Equality and inclusion",
      "Finance",
      "Clinical",
    ]);
  });

  it("lists each policy with its reference and review date, and tags those past review", () => {
    const list = readPage(site, "/policies/");
    expect(heard(rowStarting(list, "Recruitment and selection policy"))).toEqual([
      "Recruitment and selection policy",
      "WF-012",
      "31 March 2026 Review overdue",
    ]);
    expect(heard(rowStarting(list, "Risk management policy"))).toEqual([
      "Risk management policy",
      "GOV-007",
      "30 September 2028",
    ]);
    const tagged = [...list.querySelectorAll("main tbody tr")]
      .filter((row) => row.querySelector(".nhsuk-tag"))
      .map((row) => heard(row)[0]);
    expect(tagged).toEqual(["Recruitment and selection policy", "Equality impact assessment procedure"]);
  });

  it("links each policy to its own page, without needing JavaScript", () => {
    const list = readPage(site, "/policies/");
    const link = [...list.querySelectorAll("main table a")].find(
      (anchor) => text(anchor) === "Data protection and confidentiality policy",
    );
    expect(link?.getAttribute("href")).toBe("/policies/data-protection/");
    expect(list.querySelectorAll("main script")).toHaveLength(0);
  });

  it("shows a policy's owner, approval, review date with its overdue tag, and its equality impact assessment", () => {
    const page = readPage(site, "/policies/recruitment-and-selection/");
    expect(text(page.querySelector("h1"))).toBe("Recruitment and selection policy");
    expect(details(page)).toEqual([
      ["Reference", "WF-012"],
      ["Category", "Workforce"],
      ["Owner", "Chief People Officer"],
      ["Version", "4.2"],
      ["Approved by", "Remuneration and People Committee"],
      ["Approved on", "15 March 2023"],
      ["Review due", "31 March 2026 Review overdue"],
      [
        "Equality impact assessment",
        "Done on 27 February 2023. Equality impact assessment: recruitment and selection (Word, 72 KB) Ask for this document in another format if it does not work for you.",
      ],
    ]);
  });

  it("says why no equality impact assessment was done when there was none", () => {
    const page = readPage(site, "/policies/risk-management/");
    expect(details(page).find(([key]) => key === "Equality impact assessment")?.[1]).toMatch(
      /^Not done\. The policy sets out how the board records and escalates risks\./,
    );
    expect(details(page).find(([key]) => key === "Review due")?.[1]).toBe("30 September 2028");
  });

  it("names each document's format and size in its link, and its accessible alternative", () => {
    const page = readPage(site, "/policies/conflicts-of-interest/");
    const documents = [...page.querySelectorAll("main h2#documents ~ .app-document")];
    expect(documents.map((document) => text(document.querySelector(".app-document__link")))).toEqual([
      "Conflicts of interest policy (PDF, 240 KB)",
      "Register of interests declaration form (Word, 48 KB)",
    ]);
    expect(text(documents[0]?.querySelector(".app-document__alternative"))).toBe(
      "Accessible version: Conflicts of interest policy (web page)",
    );
  });

  it("warns, when it builds, about each policy past its review date, at the line to change", () => {
    const { output } = exampleSite();
    expect(output).toContain(
      "_data/policies.yaml:75:16 policies[2].reviewDue: warning: 'Recruitment and selection policy' was due for review on 31 March 2026: review it and update reviewDue (and version and approved) here",
    );
    expect(output).toContain(
      "_data/policies.yaml:202:16 policies[6].reviewDue: warning: 'Equality impact assessment procedure' was due for review on 31 July 2026",
    );
  });
});
