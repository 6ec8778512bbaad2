/**
 * Markdown is content, never a template: Nunjucks syntax an author types is shown as typed, and
 * the page still builds and passes the accessibility gate. The page also holds each ::: component,
 * so their markup is checked by html-validate, axe and HTML_CodeSniffer too.
 */
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { text } from "../helpers/build-hub.ts";
import { buildWithPage, PAGE_START, type BadBuild } from "./run-build.ts";

const BODY = [
  "Seven times seven is {{ 7 * 7 }}, and {% raw %}this{% endraw %} is not a tag. {# Nor a comment #}",
  "",
  "::: warning Check before you come",
  "Bring your appointment letter.",
  ":::",
  "",
  "## Your visit",
  "",
  "::: inset",
  "We can book an interpreter for you.",
  ":::",
  "",
  "::: details How we use your information",
  "Only to arrange your visit.",
  ":::",
  "",
].join("\n");

let build: BadBuild;
let main: Element | null;

beforeAll(() => {
  build = buildWithPage("writing-test.md", PAGE_START + BODY, ["/writing-test/"]);
  const html = build.html["/writing-test/"] ?? "";
  main = (parseHTML(html).document as unknown as Document).querySelector("main");
});

describe("a markdown page with template syntax in it", () => {
  it("builds and passes the accessibility gate", () => {
    expect(build.stderr).not.toMatch(/problem|error/i);
    expect(build.status).toBe(0);
  });

  it("shows the braces and tags as the author typed them", () => {
    expect(text(main)).toContain("Seven times seven is {{ 7 * 7 }}, and {% raw %}this{% endraw %} is not a tag. {# Nor a comment #}");
    expect(text(main)).not.toContain("49");
  });

  it("shows the three components as NHS.UK inset text, warning callout and details", () => {
    expect(text(main?.querySelector(".nhsuk-card--warning .nhsuk-card__heading"))).toBe("Important: Check before you come");
    expect(text(main?.querySelector(".nhsuk-inset-text"))).toBe("Information: We can book an interpreter for you.");
    expect(text(main?.querySelector("details.nhsuk-details summary"))).toBe("How we use your information");
    expect(text(main?.querySelector("details.nhsuk-details .nhsuk-details__text"))).toBe("Only to arrange your visit.");
  });
});
