/** What the search page's filters know of each page: only what the data holds. */
import { describe, expect, it } from "vitest";
import { buildSearchFacetsView, type SearchFacetsInput } from "../../../lib/site-data/search-facets-view.ts";

const disability = { id: "disability", name: "Disability" };
const age = { id: "age", name: "Age" };

// Only the fields the filters read; the views carry many more.
const input = {
  policies: [{ id: "recruitment", approved: { on: "2025-03-12" } }],
  objectives: [{ id: "fair-access", characteristics: [disability, age], period: { start: 2024, end: 2027 } }],
  engagements: [
    { id: "maternity", kindLabel: "Consultation", characteristics: [age], opens: "2026-12-01", closes: "2027-01-31" },
    { id: "old", kindLabel: "Engagement", characteristics: [], closes: "2019-05-01" },
  ],
  characteristics: [disability],
  reports: [
    { url: "/reports/gender-pay-gap-2025/", publishedOn: "2026-03-20" },
    { url: undefined, publishedOn: "2026-04-01" },
  ],
} as unknown as SearchFacetsInput;

describe("the search filters of the pages made from the data", () => {
  const view = buildSearchFacetsView(input);

  it("gives a policy its type and the year its current version was approved", () => {
    expect(view.policies.recruitment).toEqual({ type: "Policy", characteristics: [], years: ["2025"] });
  });

  it("gives an objective its characteristics and every year of its period", () => {
    expect(view.objectives["fair-access"]).toEqual({
      type: "Equality objective",
      characteristics: ["Disability", "Age"],
      years: ["2024", "2025", "2026", "2027"],
    });
  });

  it("gives an engagement its kind and the years it ran, or its closing year when it has no opening", () => {
    expect(view.engagements.maternity).toEqual({
      type: "Consultation",
      characteristics: ["Age"],
      years: ["2026", "2027"],
    });
    expect(view.engagements.old?.years).toEqual(["2019"]);
  });

  it("files a characteristic's page under that characteristic", () => {
    expect(view.characteristics.disability?.characteristics).toEqual(["Disability"]);
  });

  it("gives only reports with a page of their own a filter, by their address", () => {
    expect(Object.keys(view.reports)).toEqual(["/reports/gender-pay-gap-2025/"]);
    expect(view.reports["/reports/gender-pay-gap-2025/"]?.years).toEqual(["2026"]);
  });

  it("claims nothing for a page the data does not make", () => {
    expect(view.information).toEqual({ type: "Information page", characteristics: [], years: [] });
    expect(view.names).toEqual({ type: "Page type", characteristics: "Protected characteristic", years: "Year" });
  });
});
