import { describe, expect, it } from "vitest";
import { text } from "../helpers/build-hub.ts";
import { domains } from "./fixtures.ts";
import { renderComponent } from "./render-component.ts";

function render(params: Record<string, unknown>) {
  return renderComponent("scorecard-table", "appScorecardTable", params);
}

const twoYears = { domain: domains.servicesTwoYears, year: "2025/26", previousYear: "2024/25" };

function row(fragment: ReturnType<typeof render>, code: string) {
  return [...fragment.querySelectorAll("tbody tr")].find((tr) => text(tr.querySelector("th")).includes(code));
}

describe("appScorecardTable", () => {
  it("heads the domain at the level it is given", () => {
    const heading = render({ ...twoYears, headingLevel: 3 }).querySelector("h3");
    expect(text(heading)).toBe("Domain 1: Commissioned or provided services");
  });

  it("heads the domain at level 2 unless told otherwise", () => {
    expect(render(twoYears).querySelector("h2#domain-1")).not.toBeNull();
  });

  it("captions the table with the years it compares", () => {
    expect(text(render(twoYears).querySelector("caption"))).toBe("Domain 1 outcomes, 2025/26 compared with 2024/25");
  });

  it("heads each row with the outcome's code and statement, scoped to the row", () => {
    const header = row(render(twoYears), "1A")?.querySelector("th");
    expect([header?.getAttribute("scope"), text(header?.querySelector(".app-scorecard-table__statement"))]).toEqual([
      "row",
      "People can use the services we commission",
    ]);
  });

  it("shows the rating as a word in a tag, with the score and last year's", () => {
    const cells = [...(row(render(twoYears), "1A")?.querySelectorAll("td") ?? [])].map((cell) => text(cell));
    expect(cells).toEqual(["Rating 2025/26 Achieving", "Score 2", "Score 2024/25 1", "Change Up 1"]);
  });

  it("shows a score of 0 as 0, not as an empty cell", () => {
    const cells = [...(row(render(twoYears), "1C")?.querySelectorAll("td") ?? [])].map((cell) => text(cell));
    expect(cells).toEqual(["Rating 2025/26 Undeveloped", "Score 0", "Score 2024/25 1", "Change Down 1"]);
  });

  it("escapes a statement rather than reading it as markup", () => {
    expect(text(row(render(twoYears), "1C")?.querySelector(".app-scorecard-table__statement"))).toBe(
      "People are kept safe from <avoidable> harm",
    );
  });

  it("gives the domain subtotal out of its maximum with the change in words", () => {
    expect(text(render(twoYears).querySelector(".app-scorecard-table__subtotal"))).toBe(
      "Domain 1 subtotal: 3 out of 9. In 2024/25: 3 out of 9. Change: No change.",
    );
  });

  it("says on which days and with whom the domain was graded, dates in <time>", () => {
    const graded = render(twoYears).querySelector(".app-scorecard-table__graded");
    expect([
      text(graded),
      [...(graded?.querySelectorAll("time") ?? [])].map((time) => time.getAttribute("datetime")),
    ]).toEqual([
      "Graded on 28 January 2026 and 3 February 2026 with Healthwatch, Disability Forum and Staff networks.",
      ["2026-01-28", "2026-02-03"],
    ]);
  });

  it("links the evidence for each outcome that has some", () => {
    const link = render(twoYears).querySelector(".app-scorecard-table__evidence a");
    expect([text(link), link?.getAttribute("href")]).toEqual([
      "Interpreting report 2025",
      "https://example.nhs.uk/interpreting.pdf",
    ]);
  });

  it("leaves out the comparison columns in the first year graded", () => {
    const headers = [
      ...render({ domain: domains.servicesFirstYear, year: "2025/26" }).querySelectorAll("thead th"),
    ].map((th) => text(th));
    expect(headers).toEqual(["Outcome", "Rating 2025/26", "Score"]);
  });

  it("says so instead of showing an empty table when the domain lists no outcomes", () => {
    const fragment = render({ domain: domains.leadershipEmpty, year: "2025/26" });
    expect([fragment.querySelector("table"), text(fragment.querySelector(".app-scorecard-table__empty"))]).toEqual([
      null,
      "No outcomes are listed for this domain yet.",
    ]);
  });
});
