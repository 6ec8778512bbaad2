/**
 * The browser checks alone on a sample of a built hub's pages: pa11y-ci at its defaults (one page
 * at a time, a new incognito context and tab for each, waiting for the network to go quiet)
 * against the gate's own runner (lib/gate/run-page-pool.ts), both with the gate's test settings.
 */
import { performance } from "node:perf_hooks";
import pa11yCi from "pa11y-ci";
import { BROWSER_ARGS } from "../../lib/gate/find-browser.ts";
import { interpretPa11yReport, PA11Y_TEST_SETTINGS, type Pa11yRun } from "../../lib/gate/run-pa11y.ts";
import { runPagePool } from "../../lib/gate/run-page-pool.ts";
import { serveStatic } from "../../lib/gate/serve-static.ts";

export interface BrowserCheckTiming {
  pa11yCiSecondsPerPage: number;
  poolSecondsPerPage: number;
  /** Rule ids per page: both must find the same. */
  sameFindings: boolean;
  pagesFailedToLoad: number;
}

export async function timeBrowserChecks(
  siteDir: string,
  pages: string[],
  browserPath: string,
): Promise<BrowserCheckTiming> {
  const server = await serveStatic(siteDir);
  try {
    const urls = pages.map((page) => new URL(page, server.origin).href);
    const ci = await timed(async () =>
      interpretPa11yReport(
        urls,
        await pa11yCi(urls, {
          concurrency: 1,
          useIncognitoBrowserContext: true,
          chromeLaunchConfig: { executablePath: browserPath, args: BROWSER_ARGS },
          ...PA11Y_TEST_SETTINGS,
          reporters: [],
        }),
      ),
    );
    const pool = await timed(() => runPagePool({ origin: server.origin, pages, browserPath }));
    return {
      pa11yCiSecondsPerPage: ci.seconds / pages.length,
      poolSecondsPerPage: pool.seconds / pages.length,
      sameFindings: ruleIds(ci.run) === ruleIds(pool.run),
      pagesFailedToLoad: pages.length * 2 - ci.run.pagesChecked - pool.run.pagesChecked,
    };
  } finally {
    await server.close();
  }
}

async function timed(run: () => Promise<Pa11yRun>): Promise<{ seconds: number; run: Pa11yRun }> {
  const started = performance.now();
  const result = await run();
  return { seconds: (performance.now() - started) / 1000, run: result };
}

function ruleIds(run: Pa11yRun): string {
  return JSON.stringify(run.findings.map((finding) => `${finding.page} ${finding.rule}`).sort());
}
