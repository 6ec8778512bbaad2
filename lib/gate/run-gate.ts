/**
 * The publishing gate: html-validate, and pa11y's axe and HTML_CodeSniffer runners (WCAG 2.2 AA) on
 * the gate's own pool of browser tabs (run-page-pool.ts), over
 * every page of a built site. The caller publishes only when `passed` is true.
 */
import { performance } from "node:perf_hooks";
import { percentDecodeOrKeep } from "../site-paths/percent-decode.ts";
import { findBrowser } from "./find-browser.ts";
import { pageFailure, type GateFinding, type GateResult } from "./findings.ts";
import { runPagePool } from "./run-page-pool.ts";
import { serveStatic } from "./serve-static.ts";
import { validateHtml, type PageFile } from "./validate-html.ts";

export const GATE_STANDARD = "WCAG 2.2 AA";
export const GATE_TOOLS = [
  "html-validate (recommended, document, a11y)",
  "axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa)",
  "HTML_CodeSniffer (WCAG2AA)",
];

export interface GateOptions {
  /** The built site, served as the web root. */
  siteDir: string;
  /** Every HTML page the build wrote. */
  pages: PageFile[];
  /** Defaults to findBrowser(). */
  browserPath?: string;
  concurrency?: number;
  /** How long a page may take to load and be checked before it counts as a failure. */
  pageTimeoutMs?: number;
  projectRoot?: string;
  now?: () => Date;
}

export async function runGate(options: GateOptions): Promise<GateResult> {
  const now = options.now ?? (() => new Date());
  const checkedAt = now().toISOString();
  const pageUrls = options.pages.map((page) => page.url);

  const htmlStarted = performance.now();
  const findings: GateFinding[] = await validateHtml(options.pages, options.projectRoot);
  const htmlSeconds = (performance.now() - htmlStarted) / 1000;

  const browserPath = options.browserPath ?? findBrowser();
  const server = await serveStatic(options.siteDir);
  const pa11yStarted = performance.now();
  let pagesChecked: number;
  try {
    const run = await runPagePool({
      origin: server.origin,
      pages: pageUrls,
      browserPath,
      // runPagePool applies its own defaults for what is not given.
      concurrency: options.concurrency,
      timeoutMs: options.pageTimeoutMs,
    });
    findings.push(...run.findings);
    pagesChecked = run.pagesChecked;
  } finally {
    await server.close();
  }
  const pa11ySeconds = (performance.now() - pa11yStarted) / 1000;

  // A page answered with an error status rendered an error page, not itself: never a pass.
  // The server records decoded paths, so the page's address is looked up decoded too.
  for (const page of pageUrls) {
    const status = server.statuses.get(percentDecodeOrKeep(page));
    if (status !== undefined && status >= 400) {
      findings.push(pageFailure(page, "page-status", `The page answered with HTTP status ${status}.`));
    }
  }
  if (pagesChecked !== pageUrls.length) {
    findings.push(
      pageFailure(
        "(the whole site)",
        "page-count",
        `${pageUrls.length} pages were built but only ${pagesChecked} were checked in the browser.`,
      ),
    );
  }

  return {
    passed: findings.length === 0,
    pages: pageUrls,
    pagesChecked,
    findings,
    checkedAt,
    durationSeconds: { htmlValidate: round(htmlSeconds), pa11y: round(pa11ySeconds) },
    standard: GATE_STANDARD,
    tools: GATE_TOOLS,
  };
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}
