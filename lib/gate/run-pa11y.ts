/**
 * pa11y-ci over pages, with axe (WCAG 2.2 AA tags, lib/gate/axe-wcag22-runner.cjs) and
 * HTML_CodeSniffer (WCAG2AA) in one reused browser: how the gate checked pages before its own
 * runner (run-page-pool.ts), kept as the reference tests/gate/runner-equivalence.test.ts compares
 * that runner with, and for `npm run bench`. The settings and the report's reading
 * (`interpretPa11yReport`) are shared by both.
 *
 * Why these settings: pa11y-ci's default of a new incognito context per page made pages fail at
 * random on 2-core machines ("Target.closeTarget: No target with given id found"); pages in the one
 * shared browser context were stable. The default concurrency is explained in docs/gate.md, with
 * the `npm run bench` measurements behind it.
 */
import { createRequire } from "node:module";
import pa11yCi, { type Pa11yCiReport, type Pa11yIssue } from "pa11y-ci";
import { BROWSER_ARGS } from "./find-browser.ts";
import { fixFor, pageFailure, type GateFinding, type GateTool } from "./findings.ts";

const require = createRequire(import.meta.url);
export const AXE_RUNNER = require.resolve("./axe-wcag22-runner.cjs");

export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_PAGE_TIMEOUT_MS = 30_000;

export interface Pa11yRunOptions {
  /** Such as `http://127.0.0.1:41234`. */
  origin: string;
  /** Site-relative URLs of the pages to check. */
  pages: string[];
  browserPath: string;
  concurrency?: number;
  timeoutMs?: number;
}

export interface Pa11yRun {
  findings: GateFinding[];
  /** Pages the checks completed on. A page that failed to load is not counted. */
  pagesChecked: number;
}

/**
 * What pa11y tests each page with, wherever it is run (pa11y-ci here, the gate's runner, the bench):
 * one set of settings, so the runs the equivalence test compares can never drift apart.
 */
export const PA11Y_TEST_SETTINGS: {
  readonly runners: string[];
  readonly standard: "WCAG2AA";
  readonly log: { error(): void; info(): void; debug(): void };
} = {
  runners: [AXE_RUNNER, "htmlcs"],
  standard: "WCAG2AA",
  log: { error() {}, info() {}, debug() {} },
};

export async function runPa11y(options: Pa11yRunOptions): Promise<Pa11yRun> {
  // pa11y-ci never finishes when given no URLs, so an empty site is answered here.
  if (options.pages.length === 0) return { findings: [], pagesChecked: 0 };
  const urls = options.pages.map((page) => new URL(page, options.origin).href);
  const report = await pa11yCi(urls, {
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    timeout: options.timeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS,
    chromeLaunchConfig: { executablePath: options.browserPath, args: BROWSER_ARGS },
    useIncognitoBrowserContext: false,
    ...PA11Y_TEST_SETTINGS,
    reporters: [],
  });
  return interpretPa11yReport(urls, report);
}

/**
 * Turns pa11y-ci's report into findings. pa11y-ci records a page it could not load (a crash, a
 * timeout, a navigation error) as an Error in that page's results and does not count it among
 * the errors, so such a page must be caught here, or it would pass unseen.
 */
export function interpretPa11yReport(urls: string[], report: Pa11yCiReport): Pa11yRun {
  const findings: GateFinding[] = [];
  let pagesChecked = 0;
  for (const url of urls) {
    const page = new URL(url).pathname;
    const results = report.results[url];
    if (!results) {
      findings.push(pageFailure(page, "page-load", "The page was not tested: pa11y-ci returned no result for it."));
      continue;
    }
    const loadError = results.find((result): result is Error => result instanceof Error || !("code" in result));
    if (loadError) {
      findings.push(pageFailure(page, "page-load", `The page could not be tested: ${loadError.message}`));
      continue;
    }
    pagesChecked += 1;
    findings.push(...(results as Pa11yIssue[]).map((issue) => toFinding(page, issue)));
  }
  return { findings, pagesChecked };
}

function toFinding(page: string, issue: Pa11yIssue): GateFinding {
  const tool: GateTool = issue.runner === "htmlcs" ? "htmlcs" : "axe";
  const extras = issue.runnerExtras ?? {};
  const helpUrl = typeof extras.helpUrl === "string" ? extras.helpUrl : undefined;
  const toolFix = typeof extras.fix === "string" ? extras.fix.replace(/\s+/g, " ") : issue.message;
  return {
    page,
    tool,
    rule: issue.code,
    element: [issue.selector, issue.context].filter(Boolean).join(" "),
    message: issue.message,
    fix: fixFor(issue.code, toolFix),
    ...(helpUrl ? { helpUrl } : {}),
  };
}
