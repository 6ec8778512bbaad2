/**
 * A markdown page with template syntax in it and each ::: component, written into a copy of
 * `site/` and rendered with Eleventy alone. Two layers use it: tests/bad-input checks what the
 * page says, tests/gate that it passes html-validate, axe and HTML_CodeSniffer.
 */
import { cpSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT, type BuildRun } from "./build-hub.ts";
import { renderCopy } from "./render-copy.ts";

export const COMPONENT_PAGE_URL = "/writing-test/";

export const COMPONENT_PAGE = [
  "---",
  "title: Writing test",
  "layout: layouts/page.njk",
  "---",
  "",
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

export interface RenderedComponentPage {
  run: BuildRun;
  siteDir: string;
  /** The page's built file. */
  outputPath: string;
}

/** Renders the example hub with the page added, into `workDir/site`. */
export function renderComponentPage(workDir: string): RenderedComponentPage {
  const inputDir = path.join(workDir, "input");
  const siteDir = path.join(workDir, "site");
  cpSync(path.join(PROJECT_ROOT, "site"), inputDir, { recursive: true });
  writeFileSync(path.join(inputDir, "writing-test.md"), COMPONENT_PAGE);
  const run = renderCopy({ inputDir, outputDir: siteDir });
  return { run, siteDir, outputPath: path.join(siteDir, COMPONENT_PAGE_URL, "index.html") };
}
