import { describe, expect, it } from "vitest";
import { text } from "../helpers/build-hub.ts";
import { members } from "./fixtures.ts";
import { renderComponent } from "./render-component.ts";

function render(params: Record<string, unknown>) {
  return renderComponent("members", "appMembers", params);
}

describe("appMembers", () => {
  it("lists each member once with its ODS code, after the sentence it is given", () => {
    const fragment = render({ members: members.two, text: "This hub is shared by 2 clinical commissioning groups:" });
    expect([
      text(fragment.querySelector("p")),
      ...[...fragment.querySelectorAll("li")].map((item) => text(item)),
    ]).toEqual([
      "This hub is shared by 2 clinical commissioning groups:",
      "NHS North Wealdshire Clinical Commissioning Group (ODS code 99A)",
      "NHS South Wealdshire Clinical Commissioning Group (ODS code 99B), which closed on 1 April 2020",
    ]);
  });

  it("says a member will close, before its closing day, with the date a machine can read", () => {
    const item = render({ members: members.closing }).querySelector("li");
    expect([text(item), item?.querySelector("time")?.getAttribute("datetime")]).toEqual([
      "NHS Oakvale Clinical Commissioning Group (ODS code 03X), which will close on 1 July 2022",
      "2022-07-01",
    ]);
  });

  it("says so when there are no members", () => {
    expect(text(render({ members: [] }).querySelector("p"))).toBe("No member organisations have been given.");
  });
});
