/**
 * The accessibility statement says how the site was tested, from the gate run of the very build
 * it is part of. The page is built with a placeholder between two comments; once the gate has
 * passed, the build renders the gate-results component with the results and puts it in their
 * place. The changed page is then checked again before anything is published.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { GateResult } from "../gate/findings.ts";
import { createComponentEnvironment } from "../nunjucks/create-environment.ts";
import type { BuiltPage } from "./run-eleventy.ts";

export const GATE_RESULTS_START = "<!-- app-gate-results -->";
export const GATE_RESULTS_END = "<!-- /app-gate-results -->";

/** What the statement tells readers about the checks. */
export interface GateResultsSummary {
  /** The build's "today" ('YYYY-MM-DD'), not the clock, so the same inputs build the same page. */
  date: string;
  pagesChecked: number;
  standard: string;
  tools: string[];
  problems: number;
}

export function summariseGate(result: GateResult, today: string): GateResultsSummary {
  return {
    date: today,
    pagesChecked: result.pagesChecked,
    standard: result.standard,
    tools: result.tools,
    problems: result.findings.length,
  };
}

export function renderGateResults(summary: GateResultsSummary, inputDir: string): string {
  const environment = createComponentEnvironment(path.join(inputDir, "_includes"));
  return environment.renderString(
    `{% from "components/gate-results/macro.njk" import appGateResults %}{{ appGateResults({ results: results }) }}`,
    { results: summary },
  );
}

/** Replaces what is between the markers; undefined when the page has none. */
export function replaceGateResults(html: string, rendered: string): string | undefined {
  const start = html.indexOf(GATE_RESULTS_START);
  const end = html.indexOf(GATE_RESULTS_END, start);
  if (start === -1 || end === -1) return undefined;
  return html.slice(0, start + GATE_RESULTS_START.length) + rendered + html.slice(end);
}

/** Writes the results into every built page that has the markers, and answers those pages. */
export function writeGateResults(pages: BuiltPage[], summary: GateResultsSummary, inputDir: string): BuiltPage[] {
  const rendered = renderGateResults(summary, inputDir);
  return pages.filter((page) => {
    const replaced = replaceGateResults(readFileSync(page.outputPath, "utf8"), rendered);
    if (replaced === undefined) return false;
    writeFileSync(page.outputPath, replaced);
    return true;
  });
}
