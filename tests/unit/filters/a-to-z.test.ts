/** The search page's list for readers without JavaScript: every page, A to Z, with its summary. */
import { describe, expect, it } from "vitest";
import { aToZ } from "../../../lib/filters/a-to-z.ts";

const page = (url: string | false, title?: string, more: Record<string, unknown> = {}) => ({
  url,
  data: { ...(title === undefined ? {} : { title }), ...more },
});

describe("the A to Z list of pages", () => {
  it("lists pages by title under their first letter, each with its summary", () => {
    const groups = aToZ([
      page("/policies/", "Policies", { description: "Our policies by category." }),
      page("/contact/", "Contact us"),
      page("/protected-characteristics/", "Protected characteristics"),
      page("/accessibility-statement/", "accessibility statement"),
    ]);
    expect(groups.map((group) => group.heading)).toEqual(["A", "C", "P"]);
    expect(groups[0]?.id).toBe("a");
    expect(groups[2]?.pages).toEqual([
      { title: "Policies", url: "/policies/", summary: "Our policies by category." },
      { title: "Protected characteristics", url: "/protected-characteristics/", summary: undefined },
    ]);
  });

  it("leaves out pages search leaves out, pages with no address and pages with no title", () => {
    const groups = aToZ([
      page("/search/", "Search", { excludeFromSearch: true }),
      page(false, "Not a page"),
      page("/untitled/"),
      page("/", "Equality, diversity and inclusion"),
    ]);
    expect(groups.flatMap((group) => group.pages.map((item) => item.url))).toEqual(["/"]);
  });

  it("files an accented first letter under its letter, and digits and symbols first", () => {
    const groups = aToZ([page("/b/", "Board papers"), page("/e/", "Écoute"), page("/g/", "2025 gender pay gap")]);
    expect(groups.map((group) => [group.heading, group.pages.map((item) => item.title)])).toEqual([
      ["0 to 9 and symbols", ["2025 gender pay gap"]],
      ["B", ["Board papers"]],
      ["E", ["Écoute"]],
    ]);
  });

  it("gives an empty list for no pages", () => {
    expect(aToZ(undefined)).toEqual([]);
    expect(aToZ([])).toEqual([]);
  });
});
