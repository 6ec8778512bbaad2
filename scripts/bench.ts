/**
 * `npm run bench`: how fast and how stable the gate's browser checks are, measured in one run on
 * this machine. Builds the example hub, copies its pages until there are --pages of them, then
 * times the browser checks per page: pa11y-ci at its defaults (one page at a time, a new incognito
 * context each) and in one shared context, and the gate's own runner (lib/gate/run-page-pool.ts),
 * at several concurrencies. Reports medians of --runs runs and the ratio,
 * then runs the whole gate --stability times on the example hub and checks the results match.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pa11yCi from "pa11y-ci";
import { runEleventy } from "../lib/build/run-eleventy.ts";
import { loadHubOrThrow } from "../lib/data/load-hub.ts";
import { DEFAULT_FOLDERS } from "../lib/folders.ts";
import { BROWSER_ARGS, findBrowser } from "../lib/gate/find-browser.ts";
import { runGate } from "../lib/gate/run-gate.ts";
import { interpretPa11yReport, PA11Y_TEST_SETTINGS } from "../lib/gate/run-pa11y.ts";
import { runPagePool } from "../lib/gate/run-page-pool.ts";
import { serveStatic } from "../lib/gate/serve-static.ts";

const { values } = parseArgs({
  options: {
    pages: { type: "string", default: "40" },
    runs: { type: "string", default: "3" },
    concurrency: { type: "string", default: "2,4,6" },
    stability: { type: "string", default: "5" },
  },
});
const pageCount = Number(values.pages);
const runs = Number(values.runs);
const concurrencies = String(values.concurrency).split(",").map(Number);
const stabilityRuns = Number(values.stability);

const workDir = mkdtempSync(path.join(os.tmpdir(), "equality-hub-bench-"));
const browserPath = findBrowser();

try {
  const siteDir = path.join(workDir, "site");
  const built = await runEleventy({
    outputDir: siteDir,
    hub: loadHubOrThrow(DEFAULT_FOLDERS.data),
    today: "2026-11-23",
  });
  const pages = built.filter((page) => page.outputPath.endsWith(".html"));
  const urls = replicatePages(
    siteDir,
    pages.map((page) => page.url),
    pageCount,
  );
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`,
  );
  console.log(`Browser: ${browserPath}`);
  console.log(
    `Pages per run: ${urls.length} (the example hub's ${pages.length} pages, copied); runs per setting: ${runs}; runners: axe (WCAG 2.2 AA) and HTML_CodeSniffer (WCAG2AA)\n`,
  );

  const server = await serveStatic(siteDir);
  const results: Array<{ label: string; median: number; all: number[] }> = [];
  try {
    const absoluteUrls = urls.map((url) => new URL(url, server.origin).href);
    /** pa11y-ci over the pages with these settings, as the gate ran it before its own runner. */
    const viaPa11yCi = (concurrency: number, incognito: boolean) => async () =>
      interpretPa11yReport(
        absoluteUrls,
        await pa11yCi(absoluteUrls, {
          concurrency,
          useIncognitoBrowserContext: incognito,
          chromeLaunchConfig: { executablePath: browserPath, args: BROWSER_ARGS },
          ...PA11Y_TEST_SETTINGS,
          reporters: [],
        }),
      );
    const settings = [
      { label: "pa11y-ci defaults (concurrency 1, incognito context per page)", run: viaPa11yCi(1, true) },
      ...concurrencies.map((concurrency) => ({
        label: `pa11y-ci, one shared context (concurrency ${concurrency})`,
        run: viaPa11yCi(concurrency, false),
      })),
      ...concurrencies.map((concurrency) => ({
        label: `the gate's own runner, reused tabs (concurrency ${concurrency})`,
        run: () => runPagePool({ origin: server.origin, pages: urls, browserPath, concurrency }),
      })),
    ];
    for (const setting of settings) {
      const perPage: number[] = [];
      let failures = 0;
      for (let run = 0; run < runs; run += 1) {
        const started = performance.now();
        const checked = await setting.run();
        perPage.push((performance.now() - started) / 1000 / urls.length);
        failures += urls.length - checked.pagesChecked;
      }
      const median = medianOf(perPage);
      results.push({ label: setting.label, median, all: perPage });
      console.log(
        `${setting.label}: median ${median.toFixed(3)} s/page (runs: ${perPage.map((value) => value.toFixed(3)).join(", ")}); pages that failed to load: ${failures}`,
      );
    }
  } finally {
    await server.close();
  }
  const baseline = results[0] as { median: number };
  const best = results.slice(1).reduce((a, b) => (b.median < a.median ? b : a));
  console.log(
    `\nFastest setting: ${best.label}, ${best.median.toFixed(3)} s/page, ${(baseline.median / best.median).toFixed(1)}× faster than pa11y-ci's defaults.`,
  );
  console.log(
    `At that rate a 1,000-page hub takes about ${Math.round((best.median * 1000) / 60)} minutes of browser checks.\n`,
  );

  // Stability: the whole gate on the example hub, several times; every run must agree.
  const signatures: string[] = [];
  for (let run = 0; run < stabilityRuns; run += 1) {
    const result = await runGate({ siteDir, pages, browserPath });
    signatures.push(JSON.stringify({ passed: result.passed, checked: result.pagesChecked, findings: result.findings }));
    console.log(
      `Gate run ${run + 1}: passed=${result.passed}, pages checked ${result.pagesChecked} of ${pages.length}, findings ${result.findings.length}, browser checks ${result.durationSeconds.pa11y} s`,
    );
  }
  const identical = signatures.every((signature) => signature === signatures[0]);
  console.log(`${stabilityRuns} gate runs gave ${identical ? "identical" : "DIFFERENT"} results.`);
  process.exitCode = identical ? 0 : 1;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

/** Copies built pages under /copy-N/ until there are `count` page URLs to check. */
function replicatePages(siteDir: string, urls: string[], count: number): string[] {
  const all = [...urls];
  for (let copy = 1; all.length < count; copy += 1) {
    for (const url of urls) {
      if (all.length >= count) break;
      const source = path.join(siteDir, url.endsWith("/") ? `${url}index.html` : url);
      const targetUrl = `/copy-${copy}${url}`;
      const target = path.join(siteDir, targetUrl.endsWith("/") ? `${targetUrl}index.html` : targetUrl);
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(source, target);
      all.push(targetUrl);
    }
  }
  return all;
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
