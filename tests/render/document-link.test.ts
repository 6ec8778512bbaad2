/** appDocumentLink: the format and size are in the link text, then the accessible alternative. */
import { describe, expect, it } from "vitest";
import { text } from "../helpers/build-hub.ts";
import { renderComponent } from "./render-component.ts";

function render(document: Record<string, unknown>) {
  return renderComponent("document-link", "appDocumentLink", { document });
}

const pdf = {
  title: "Recruitment policy",
  url: "https://www.example.nhs.uk/recruitment.pdf",
  format: "PDF",
  size: "240 KB",
};

describe("appDocumentLink", () => {
  it("says the format and size in the link text, so a screen reader hears them before following it", () => {
    const link = render(pdf).querySelector("a");
    expect([text(link), link?.getAttribute("href")]).toEqual([
      "Recruitment policy (PDF, 240 KB)",
      "https://www.example.nhs.uk/recruitment.pdf",
    ]);
  });

  it("links the accessible alternative, with its own format", () => {
    const fragment = render({ ...pdf, alternative: { url: "/policies/recruitment/text/", format: "web page" } });
    expect(text(fragment.querySelector(".app-document__alternative"))).toBe(
      "Accessible version: Recruitment policy (web page)",
    );
  });

  it("offers the document in another format when there is no alternative", () => {
    const alternative = render(pdf).querySelector(".app-document__alternative a");
    expect([text(alternative), alternative?.getAttribute("href")]).toEqual([
      "Ask for this document in another format",
      "/contact/#other-formats",
    ]);
  });

  it("adds nothing to a web page's link text and offers no alternative for it", () => {
    const fragment = render({ title: "Our objectives", url: "/objectives/", format: "web page" });
    expect([text(fragment.querySelector("a")), fragment.querySelector(".app-document__alternative")]).toEqual([
      "Our objectives",
      null,
    ]);
  });

  it("says so instead of an empty link when there is no document", () => {
    expect(text(renderComponent("document-link", "appDocumentLink", {}).querySelector("p.app-document--empty"))).toBe(
      "No document has been given.",
    );
  });

  it("escapes text from the data", () => {
    expect(render({ ...pdf, title: "Pay & <conditions>" }).html).toContain("Pay &amp; &lt;conditions&gt;");
  });
});
