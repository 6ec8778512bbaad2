import { describe, expect, it } from "vitest";
import { text } from "../helpers/build-hub.ts";
import { outcomes } from "./fixtures.ts";
import { renderComponent } from "./render-component.ts";

function render(params: Record<string, unknown>) {
  return renderComponent("outcome-ratings", "appOutcomeRatings", params);
}

const twoOutcomes = {
  outcomes: [outcomes.access, outcomes.ungraded],
  caption: "Outcomes under this objective",
  year: "2025/26",
};

describe("appOutcomeRatings", () => {
  it("captions the table with the caption it is given", () => {
    expect(text(render(twoOutcomes).querySelector("caption"))).toBe("Outcomes under this objective");
  });

  it("names the year rated in the rating column's header", () => {
    expect([...render(twoOutcomes).querySelectorAll("thead th")].map((th) => text(th))).toEqual([
      "Outcome",
      "Rating 2025/26",
    ]);
  });

  it("shows each outcome with its rating as a word", () => {
    const rows = [...render(twoOutcomes).querySelectorAll("tbody tr")].map((row) => text(row));
    expect(rows).toEqual([
      "Outcome 1A People can use the services we commission Rating 2025/26 Achieving",
      "Outcome 1D People have a good experience Rating 2025/26 Not graded",
    ]);
  });

  it("shows the empty text it is given when there are no outcomes", () => {
    const fragment = render({ outcomes: [], caption: "Outcomes", emptyText: "No outcomes sit under this objective." });
    expect([fragment.querySelector("table"), text(fragment.querySelector(".app-outcome-ratings--empty"))]).toEqual([
      null,
      "No outcomes sit under this objective.",
    ]);
  });
});
