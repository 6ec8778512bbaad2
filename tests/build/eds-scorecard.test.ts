/**
 * The example hub's EDS 2022 scorecard as a reader finds it in the gated build, pinned to
 * 23 November 2026: every year it was graded side by side, an outcome it did not grade one year
 * said to be "Not graded" and why, and its public grading events with who took part, recorded with
 * the grading and not among the consultations.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readPage, text } from "../helpers/build-hub.ts";
import { exampleSite } from "../helpers/example-site.ts";
import { heard, rowStarting } from "./page-queries.ts";

let site: string;
let scorecard: Document;

beforeAll(() => {
  site = exampleSite().dir;
  scorecard = readPage(site, "/eds-scorecard/");
});

describe("the example hub's EDS 2022 scorecard", () => {
  it("names the version from the data, with its outcomes and the years graded", () => {
    expect([
      text(scorecard.querySelector("h1")),
      text(scorecard.querySelector(".app-scorecard-version__intro")),
    ]).toEqual([
      "Equality Delivery System 2022 scorecard",
      "EDS 2022 has 11 outcomes in 3 domains. We graded them in 2023/24, 2024/25 and 2025/26.",
    ]);
  });

  it("shows every year graded side by side, in a captioned table for each domain", () => {
    const table = scorecard.querySelector("#domain-1")?.closest(".app-scorecard-table")?.querySelector("table");
    expect([
      text(table?.querySelector("caption")),
      [...(table?.querySelectorAll("thead th") ?? [])].map((th) => text(th)),
    ]).toEqual([
      "Domain 1 outcomes, 2023/24, 2024/25 and 2025/26",
      ["Outcome", "2023/24", "2024/25", "2025/26", "Change since 2024/25"],
    ]);
  });

  it("says in words that an outcome was not graded one year, and why, rather than leaving it out", () => {
    expect([
      heard(rowStarting(scorecard, "1C")).slice(1),
      text(scorecard.querySelector(".app-scorecard-table__not-graded")),
    ]).toEqual([
      ["Not graded", "Achieving (score 2)", "Achieving (score 2)", "No change"],
      "1C in 2023/24: The maternity and neonatal safety review this outcome is graded on was not finished until June 2024, so we first graded it in 2024/25.",
    ]);
  });

  it("lists the grading events with their dates, the year graded and who took part", () => {
    const rows = [...scorecard.querySelectorAll(".app-grading-events tbody tr")].map(heard);
    expect([text(scorecard.querySelector(".app-grading-events caption")), rows.map((row) => row.slice(0, 3))]).toEqual([
      "EDS 2022 grading events: where local people graded the outcomes with us",
      [
        ["24 January 2024", "2023/24", "Public grading event at Wealdmoor Civic Centre (domain 1)"],
        ["31 January 2024", "2023/24", "Staff and partners grading session (domains 2 and 3)"],
        ["28 January 2026", "2025/26", "EDS 2022 grading day at Wealdmoor Civic Centre, open to the public"],
      ],
    ]);
    expect(rows[0]?.[3]).toBe(
      "Wealdmoor Healthwatch, Wealdmoor Disability Forum, Patient participation group network and Maternity and Neonatal Voices Partnership",
    );
  });

  it("credits a grading that names no groups to those who took part in its event", () => {
    expect(text(scorecard.querySelector(".app-scorecard-table__graded li"))).toBe(
      "2023/24: graded on 24 January 2024 with Wealdmoor Healthwatch, Wealdmoor Disability Forum, Patient participation group network and Maternity and Neonatal Voices Partnership.",
    );
  });

  it("keeps the grading events off the engagement and consultations pages", () => {
    expect(text(readPage(site, "/engagement/").querySelector("main"))).not.toMatch(/grading (event|day|session)/i);
  });
});
