/**
 * The gate's browser checks on a pool of long-lived tabs: pa11y's own runners (axe with the WCAG
 * 2.2 AA tags, lib/gate/axe-wcag22-runner.cjs, and HTML_CodeSniffer WCAG2AA), run by pa11y's own
 * library, so each page is tested exactly as pa11y-ci tests it. What changes is only what pa11y-ci
 * spends around the test:
 *
 * - one browser, and `concurrency` tabs opened once and reused page after page, where pa11y-ci
 *   opens and closes a tab for every page;
 * - a page counts as loaded at `load` (every file it uses has arrived) and once its web fonts are
 *   ready, where pa11y-ci waits for 500 ms without network traffic (`networkidle2`). The hub's
 *   pages are static files from a local server and start no requests after `load`, so that wait
 *   is pure delay. tests/gate/runner-equivalence.test.ts checks both find the same problems.
 *
 * A tab that failed (a crash, a timeout) is closed and replaced, so one bad page never spoils the
 * next; the failed page is reported as not tested, as pa11y-ci reports it.
 */
import pa11y from "pa11y";
import type { Pa11yCiReport } from "pa11y-ci";
import puppeteer, { type Browser, type Page } from "puppeteer";
import { BROWSER_ARGS } from "./find-browser.ts";
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_PAGE_TIMEOUT_MS,
  interpretPa11yReport,
  PA11Y_TEST_SETTINGS,
  type Pa11yRun,
  type Pa11yRunOptions,
} from "./run-pa11y.ts";

/** `onPageDone` is called as each page is done, tested or not (lib/gate/progress.ts). */
export async function runPagePool(options: Pa11yRunOptions & { onPageDone?: () => void }): Promise<Pa11yRun> {
  if (options.pages.length === 0) return { findings: [], pagesChecked: 0 };
  const urls = options.pages.map((page) => new URL(page, options.origin).href);
  const timeout = options.timeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS;
  const report: Pa11yCiReport = { total: urls.length, passes: 0, errors: 0, results: {} };
  const browser = await puppeteer.launch({ executablePath: options.browserPath, args: BROWSER_ARGS, headless: true });
  try {
    const queue = [...urls];
    const tabs = Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, urls.length);
    await Promise.all(
      Array.from({ length: tabs }, async () => {
        let tab = await newTab(browser);
        for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
          try {
            report.results[url] = await testPage(browser, tab, url, timeout);
          } catch (error) {
            report.results[url] = [error instanceof Error ? error : new Error(String(error))];
            tab = await replaceTab(browser, tab);
          }
          options.onPageDone?.();
        }
        await tab.close().catch(() => undefined);
      }),
    );
  } finally {
    await browser.close();
  }
  return interpretPa11yReport(urls, report);
}

async function testPage(browser: Browser, tab: Page, url: string, timeout: number) {
  await tab.goto(url, { waitUntil: "load", timeout });
  // Text is measured in its own font (contrast, target sizes), as a reader's browser draws it.
  await tab.evaluate(() => document.fonts.ready.then(() => undefined));
  const results = await pa11y(url, {
    browser,
    page: tab,
    ignoreUrl: true,
    ...PA11Y_TEST_SETTINGS,
    timeout,
  });
  return results.issues;
}

async function replaceTab(browser: Browser, tab: Page): Promise<Page> {
  await tab.close().catch(() => undefined);
  return newTab(browser);
}

/**
 * A tab that loads pages as pa11y would: its viewport and user agent are set before the first
 * page, as pa11y sets them before it navigates. Otherwise each page would be laid out at
 * puppeteer's 800 by 600 and then again at pa11y's 1280 by 1024 when pa11y sets them.
 */
async function newTab(browser: Browser): Promise<Page> {
  const tab = await browser.newPage();
  await tab.setViewport(pa11y.defaults.viewport);
  await tab.setUserAgent(pa11y.defaults.userAgent);
  return tab;
}
