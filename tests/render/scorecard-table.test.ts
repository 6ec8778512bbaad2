import { describe, expect, it } from "vitest";
import { text } from "../helpers/build-hub.ts";
import { domains } from "./fixtures.ts";
import { renderComponent } from "./render-component.ts";

function render(params: Record<string, unknown>) {
  return renderComponent("scorecard-table", "appScorecardTable", params);
}

const twoYears = { section: domains.servicesTwoYears };
const withUngraded = { section: domains.servicesWithUngraded };

function row(fragment: ReturnType<typeof render>, code: string) {
  return [...fragment.querySelectorAll("tbody tr")].find((tr) => text(tr.querySelector("th")).includes(code));
}

/** Each cell of the row as a screen reader hears it: the column's name, then the value. */
function cells(fragment: ReturnType<typeof render>, code: string) {
  return [...(row(fragment, code)?.querySelectorAll("td") ?? [])].map((cell) => text(cell));
}

describe("appScorecardTable", () => {
  it("heads the domain at the level it is given", () => {
    const heading = render({ ...twoYears, headingLevel: 3 }).querySelector("h3");
    expect(text(heading)).toBe("Domain 1: Commissioned or provided services");
  });

  it("heads the domain at level 2 unless told otherwise", () => {
    expect(render(twoYears).querySelector("h2#domain-1")).not.toBeNull();
  });

  it("puts the prefix it is given before the heading's id, for a page with more than one version", () => {
    expect(render({ ...twoYears, idPrefix: "eds-2022-" }).querySelector("h2")?.id).toBe("eds-2022-domain-1");
  });

  it("heads an EDS2 goal as a goal, with its id", () => {
    const heading = render({ section: domains.workforceGoal }).querySelector("h2");
    expect([heading?.id, text(heading)]).toEqual(["goal-3", "Goal 3: A representative and supported workforce"]);
  });

  it("captions the table with every year it shows", () => {
    expect(text(render(twoYears).querySelector("caption"))).toBe("Domain 1 outcomes, 2024/25 and 2025/26");
  });

  it("gives every year a column, side by side, and the change since the year before", () => {
    expect([...render(twoYears).querySelectorAll("thead th")].map((th) => text(th))).toEqual([
      "Outcome",
      "2024/25",
      "2025/26",
      "Change since 2024/25",
    ]);
  });

  it("heads each row with the outcome's code and statement, scoped to the row", () => {
    const header = row(render(twoYears), "1A")?.querySelector("th");
    expect([header?.getAttribute("scope"), text(header?.querySelector(".app-scorecard-table__statement"))]).toEqual([
      "row",
      "People can use the services we commission",
    ]);
  });

  it("shows each year's rating as a word in a tag, with its score, and the change in words", () => {
    expect(cells(render(twoYears), "1A")).toEqual([
      "2024/25 Developing (score 1)",
      "2025/26 Achieving (score 2)",
      "Change since 2024/25 Up 1",
    ]);
  });

  it("shows a score of 0 as 0, not as an empty cell", () => {
    expect(cells(render(twoYears), "1C")).toEqual([
      "2024/25 Developing (score 1)",
      "2025/26 Undeveloped (score 0)",
      "Change since 2024/25 Down 1",
    ]);
  });

  it("says 'Not graded' in the year an outcome was not graded, and compares nothing with it", () => {
    const fragment = render(withUngraded);
    expect([cells(fragment, "1D"), cells(fragment, "1C")]).toEqual([
      ["2024/25 Not graded", "2025/26 Achieving (score 2)", "Change since 2024/25 Not graded the year before"],
      ["2024/25 Achieving (score 2)", "2025/26 Not graded", "Change since 2024/25 Not graded in 2025/26"],
    ]);
  });

  it("escapes a statement rather than reading it as markup", () => {
    expect(text(row(render(twoYears), "1C")?.querySelector(".app-scorecard-table__statement"))).toBe(
      "People are kept safe from <avoidable> harm",
    );
  });

  it("ends the table with the domain's subtotal for each year out of its maximum, and the change in words", () => {
    expect(cells(render(twoYears), "Domain 1 subtotal")).toEqual([
      "2024/25 3 out of 9",
      "2025/26 3 out of 9",
      "Change since 2024/25 No change",
    ]);
  });

  it("counts only the grades given in a subtotal, names the outcomes left out, and compares no partial totals", () => {
    expect(cells(render(withUngraded), "Domain 1 subtotal")).toEqual([
      "2024/25 3 out of 6, for the 2 outcomes graded (1D not graded)",
      "2025/26 4 out of 6, for the 2 outcomes graded (1C not graded)",
      "Change since 2024/25 Not comparable: not every outcome was graded in both years",
    ]);
  });

  it("says why an outcome was not graded, where the data says", () => {
    expect(text(render(withUngraded).querySelector(".app-scorecard-table__not-graded"))).toBe(
      "1D in 2024/25: The survey it rests on came too late.",
    );
  });

  it("says for each year on which days and with whom the domain was graded, dates in <time>", () => {
    const graded = render(twoYears).querySelector(".app-scorecard-table__graded");
    expect([
      [...(graded?.querySelectorAll("li") ?? [])].map((item) => text(item)),
      [...(graded?.querySelectorAll("time") ?? [])].map((time) => time.getAttribute("datetime")),
    ]).toEqual([
      [
        "2024/25: graded on 22 January 2025 with Healthwatch.",
        "2025/26: graded on 28 January 2026 and 3 February 2026 with Healthwatch, Disability Forum and Staff networks.",
      ],
      ["2025-01-22", "2026-01-28", "2026-02-03"],
    ]);
  });

  it("links the evidence for each outcome that has some", () => {
    const link = render(twoYears).querySelector(".app-scorecard-table__evidence a");
    expect([text(link), link?.getAttribute("href")]).toEqual([
      "Interpreting report 2025",
      "https://example.nhs.uk/interpreting.pdf",
    ]);
  });

  it("leaves out the comparison column in the first year graded", () => {
    const headers = [...render({ section: domains.servicesFirstYear }).querySelectorAll("thead th")].map((th) =>
      text(th),
    );
    expect(headers).toEqual(["Outcome", "2025/26"]);
  });

  it("lists every outcome of a version never graded, each 'Not graded', with no subtotal", () => {
    const fragment = render({ section: domains.servicesNeverGraded });
    expect([
      text(fragment.querySelector("caption")),
      [...fragment.querySelectorAll("tbody tr")].map((tr) => text(tr)),
    ]).toEqual([
      "Domain 1 outcomes: not graded",
      ["Outcome 1A People can use the services we commission Rating Not graded"],
    ]);
  });

  it("says so instead of showing an empty table when the domain lists no outcomes", () => {
    const fragment = render({ section: domains.leadershipEmpty });
    expect([fragment.querySelector("table"), text(fragment.querySelector(".app-scorecard-table__empty"))]).toEqual([
      null,
      "No outcomes are listed for this domain yet.",
    ]);
  });
});
