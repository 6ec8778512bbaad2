/**
 * Markdown is content, never a template: Nunjucks syntax an author types is shown as typed, and
 * the page still builds. The page also holds each ::: component (tests/helpers/component-page.ts).
 *
 * Rendered with Eleventy alone, after the same content checks the build runs: what is asserted
 * here is what Eleventy makes of the page. That the page also passes html-validate, axe and
 * HTML_CodeSniffer, which needs a browser, is tested in the gate layer
 * (tests/gate/markdown-components.test.ts) on this page alone, not on a whole gated build.
 */
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, removeDir, text, type BuildRun } from "../helpers/build-hub.ts";
import { renderComponentPage } from "../helpers/component-page.ts";
import { BUILD_TIMEOUT } from "./run-build.ts";

let workDir: string;
let run: BuildRun;
let main: Element | null;

beforeAll(() => {
  workDir = makeTempDir("template-syntax");
  const rendered = renderComponentPage(workDir);
  run = rendered.run;
  const html = run.status === 0 ? readFileSync(rendered.outputPath, "utf8") : "";
  main = (parseHTML(html).document as unknown as Document).querySelector("main");
}, BUILD_TIMEOUT);

afterAll(() => removeDir(workDir));

describe("a markdown page with template syntax in it", () => {
  it("passes the content checks and builds", () => {
    expect(run.stderr).not.toMatch(/problem|error/i);
    expect(run.status).toBe(0);
  });

  it("shows the braces and tags as the author typed them", () => {
    expect(text(main)).toContain(
      "Seven times seven is {{ 7 * 7 }}, and {% raw %}this{% endraw %} is not a tag. {# Nor a comment #}",
    );
    expect(text(main)).not.toContain("49");
  });

  it("shows the three components as NHS.UK inset text, warning callout and details", () => {
    expect(text(main?.querySelector(".nhsuk-card--warning .nhsuk-card__heading"))).toBe(
      "Important: Check before you come",
    );
    expect(text(main?.querySelector(".nhsuk-inset-text"))).toBe("Information: We can book an interpreter for you.");
    expect(text(main?.querySelector("details.nhsuk-details summary"))).toBe("How we use your information");
    expect(text(main?.querySelector("details.nhsuk-details .nhsuk-details__text"))).toBe("Only to arrange your visit.");
  });
});
