/**
 * The publishing gate: html-validate, and pa11y's axe and HTML_CodeSniffer runners (WCAG 2.2 AA) on
 * the gate's own pool of browser tabs (run-page-pool.ts), over
 * every page of a built site. The caller publishes only when `passed` is true.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { percentDecodeOrKeep } from "../site-paths/percent-decode.ts";
import { findBrowser } from "./find-browser.ts";
import { pageFailure, type GateFinding, type GateResult } from "./findings.ts";
import type { GateCache } from "./gate-cache.ts";
import { PROGRESS_LABELS } from "./progress.ts";
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
  /**
   * The pages that passed in earlier builds (gate-cache.ts): a page whose key is there is not
   * checked again, and counts as checked by this build's rules. Without it every page is checked.
   */
  cache?: GateCache;
  /**
   * Given how many pages a step (html-validate, then the browser) will check and its label
   * (PROGRESS_LABELS), answers what to call as each is done (lib/gate/progress.ts).
   */
  progress?: (total: number, label: string) => () => void;
}

export async function runGate(options: GateOptions): Promise<GateResult> {
  const now = options.now ?? (() => new Date());
  const checkedAt = now().toISOString();
  const pageUrls = options.pages.map((page) => page.url);
  const { cache } = options;
  const keys = new Map(
    cache ? options.pages.map((page) => [page.url, cache.keyFor(readFileSync(page.outputPath))] as const) : [],
  );
  const toCheck = options.pages.filter((page) => {
    const key = keys.get(page.url);
    if (cache === undefined || key === undefined || !cache.passedBefore(key)) return true;
    cache.recordPass(key);
    return false;
  });
  const checkUrls = toCheck.map((page) => page.url);
  const pagesFromCache = pageUrls.length - checkUrls.length;

  const htmlStarted = performance.now();
  const findings: GateFinding[] = await validateHtml(
    toCheck,
    options.projectRoot,
    options.progress?.(toCheck.length, PROGRESS_LABELS.htmlValidate),
  );
  const htmlSeconds = (performance.now() - htmlStarted) / 1000;

  const pa11yStarted = performance.now();
  let pagesChecked = 0;
  // With every page from the cache there is nothing to serve, and no browser to start.
  if (checkUrls.length > 0) {
    const browserPath = options.browserPath ?? findBrowser();
    const server = await serveStatic(options.siteDir);
    try {
      const run = await runPagePool({
        origin: server.origin,
        pages: checkUrls,
        browserPath,
        // runPagePool applies its own defaults for what is not given.
        concurrency: options.concurrency,
        timeoutMs: options.pageTimeoutMs,
        ...(options.progress ? { onPageDone: options.progress(checkUrls.length, PROGRESS_LABELS.browser) } : {}),
      });
      findings.push(...run.findings);
      pagesChecked = run.pagesChecked;
    } finally {
      await server.close();
    }
    // A page answered with an error status rendered an error page, not itself: never a pass.
    // The server records decoded paths, so the page's address is looked up decoded too.
    for (const page of checkUrls) {
      const status = server.statuses.get(percentDecodeOrKeep(page));
      if (status !== undefined && status >= 400) {
        findings.push(pageFailure(page, "page-status", `The page answered with HTTP status ${status}.`));
      }
    }
  }
  const pa11ySeconds = (performance.now() - pa11yStarted) / 1000;

  if (pagesChecked !== checkUrls.length) {
    findings.push(
      pageFailure(
        "(the whole site)",
        "page-count",
        `${pageUrls.length} pages were built but only ${pagesChecked + pagesFromCache} were checked in the browser.`,
      ),
    );
  }
  // Only a page with no problem at all is remembered as passed.
  const failing = new Set(findings.map((finding) => finding.page));
  for (const page of toCheck) {
    const key = keys.get(page.url);
    if (cache && key !== undefined && !failing.has(page.url)) cache.recordPass(key);
  }
  return {
    passed: findings.length === 0,
    pages: pageUrls,
    pagesChecked: pagesChecked + pagesFromCache,
    pagesFromCache,
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
