import { describe, expect, it } from "vitest";
import { text } from "../helpers/build-hub.ts";
import { employerDuties } from "./fixtures.ts";
import { renderComponent } from "./render-component.ts";

function render(params: Record<string, unknown>) {
  return renderComponent("employer-duties", "appEmployerDuties", params);
}

describe("appEmployerDuties", () => {
  it("gives each duty that does not apply its reason, and says a voluntary report is voluntary", () => {
    const paragraphs = [...render({ duties: employerDuties.smallEmployer }).querySelectorAll("p")];
    expect(paragraphs.map((paragraph) => text(paragraph))).toEqual([
      "We employ fewer than 150 people, so we do not have to publish equality information about our employees.",
      "We employ fewer than 250 people, so we do not have to publish a gender pay gap report. We publish one voluntarily.",
    ]);
  });

  it("heads the section at the level and in the words it is given", () => {
    const heading = render({
      duties: employerDuties.smallEmployer,
      text: "What we do not have to publish",
      headingLevel: 3,
    }).querySelector("h3");
    expect(text(heading)).toBe("What we do not have to publish");
  });

  it("renders nothing when every duty applies", () => {
    expect(render({ duties: [] }).html.trim()).toBe("");
  });
});
