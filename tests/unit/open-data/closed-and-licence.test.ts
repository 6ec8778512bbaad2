/**
 * What the open data says of when it is from and under which licence: a closed organisation's is a
 * record, as at its last day, with the statuses its pages show.
 */
import { describe, expect, it } from "vitest";
import { buildOpenData } from "../../../lib/open-data/build-open-data.ts";
import { OPEN_GOVERNMENT_LICENCE } from "../../../lib/open-data/licence.ts";
import { buildSiteData } from "../../../lib/site-data/build-site-data.ts";
import { exampleData, exampleOpenData } from "./example-open-data.ts";

const json = (view: ReturnType<typeof exampleOpenData>, id: string) =>
  JSON.parse(view.contents[`/data/${id}.json`] ?? "") as {
    licence: unknown;
    lastUpdated: string;
    closedOn: string | null;
    records: Array<Record<string, unknown>>;
  };

describe("open data of a closed CCG, years after it closed", () => {
  const later = exampleOpenData("closed-ccg", "2026-11-23");
  const lastDay = exampleOpenData("closed-ccg", "2022-06-30");

  it("is as at its last day, and says when it closed", () => {
    expect([later.lastUpdated, later.closedOn]).toEqual(["2022-06-30", "2022-07-01"]);
    expect([json(later, "policies").lastUpdated, json(later, "policies").closedOn]).toEqual([
      "2022-06-30",
      "2022-07-01",
    ]);
  });

  it("is not yet a record on its last day", () => {
    expect([lastDay.lastUpdated, lastDay.closedOn]).toEqual(["2022-06-30", null]);
  });

  it("keeps the schedule's statuses and due dates as they stood on its last day, as its pages do", () => {
    const rows = (view: typeof later) =>
      json(view, "publication-schedule").records.map(({ id, status, dueDate }) => [id, status, dueDate]);
    const site = buildSiteData(exampleData("closed-ccg"), "2026-11-23");
    expect(rows(later)).toEqual(rows(lastDay));
    expect(rows(later)).toEqual(site.schedule.map((row) => [row.entry.id, row.status, row.dueDate]));
  });
});

describe("the open data licence", () => {
  it("is the Open Government Licence v3.0 unless organisation.yaml names another", () => {
    expect(json(exampleOpenData("wealdmoor"), "objectives").licence).toEqual(OPEN_GOVERNMENT_LICENCE);
  });

  it("is the one organisation.yaml names as dataLicence", () => {
    const data = exampleData("wealdmoor");
    const dataLicence = {
      name: "Creative Commons Attribution 4.0",
      url: "https://creativecommons.org/licenses/by/4.0/",
    };
    const withLicence = { ...data, organisation: { ...data.organisation, dataLicence } };
    const view = buildOpenData({ data: withLicence, site: buildSiteData(withLicence, "2026-11-23") });
    expect([view.licence, json(view, "policies").licence]).toEqual([dataLicence, dataLicence]);
  });
});

describe("derived values in the open data", () => {
  const data = exampleData("wealdmoor");
  const site = buildSiteData(data, "2026-11-23");
  const view = exampleOpenData("wealdmoor", "2026-11-23");

  it("give every EDS outcome's score and rating in every year as the scorecard does", () => {
    const fromScorecard = site.scorecard.versions.flatMap((version) =>
      version.sections.flatMap((section) =>
        section.outcomes.flatMap((outcome) =>
          outcome.grades.map((grade) => [outcome.code, grade.year, grade.score, grade.rating]),
        ),
      ),
    );
    const published = json(view, "eds-outcomes").records.map(({ code, year, score, rating }) => [
      code,
      year,
      score,
      rating,
    ]);
    expect(published.length).toBeGreaterThan(0);
    expect(published).toEqual(fromScorecard);
  });

  it("flag the policies past review that the policies page flags", () => {
    const overdue = json(view, "policies")
      .records.filter((record) => record.reviewOverdue === true)
      .map((record) => record.id);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue).toEqual(site.policies.all.filter((policy) => policy.reviewOverdue).map((policy) => policy.id));
  });
});
