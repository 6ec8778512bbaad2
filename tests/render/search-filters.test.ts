import { describe, expect, it } from "vitest";
import { renderComponent } from "./render-component.ts";

const names = { type: "Page type", characteristics: "Protected characteristic", years: "Year" };

function filters(facets: Record<string, unknown>): [string | null, string | null][] {
  const fragment = renderComponent("search-filters", "appSearchFilters", { facets, names });
  return [...fragment.querySelectorAll("[data-pagefind-filter]")].map((span) => [
    span.getAttribute("data-pagefind-filter"),
    span.textContent,
  ]);
}

describe("appSearchFilters", () => {
  it("names each filter value of the page, one element each, for Pagefind to read", () => {
    expect(
      filters({ type: "Equality objective", characteristics: ["Disability", "Age"], years: ["2025", "2026"] }),
    ).toEqual([
      ["Page type", "Equality objective"],
      ["Protected characteristic", "Disability"],
      ["Protected characteristic", "Age"],
      ["Year", "2025"],
      ["Year", "2026"],
    ]);
  });

  it("is hidden, and kept out of the words search finds", () => {
    const block = renderComponent("search-filters", "appSearchFilters", {
      facets: { type: "Policy", characteristics: [], years: [] },
      names,
    }).querySelector(".app-search-filters");
    expect([block?.hasAttribute("hidden"), block?.hasAttribute("data-pagefind-ignore")]).toEqual([true, true]);
  });
});
