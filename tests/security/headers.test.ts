/**
 * The built example hub, served with the security headers from netlify.toml, works in Chromium:
 * every page loads with no Content-Security-Policy violation, console error, script error or
 * failed request. A policy too tight for the pages, or a page needing more than the policy allows,
 * fails here and not in a reader's browser.
 */
import puppeteer, { type Browser } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSER_ARGS, findBrowser } from "../../lib/gate/find-browser.ts";
import { serveStatic, type StaticServer } from "../../lib/gate/serve-static.ts";
import { exampleSite } from "../helpers/example-site.ts";
import { netlifyHeadersFor, netlifyHeadersForEveryPath } from "../helpers/netlify-headers.ts";
import { isHubPage, pageAddress, siteFiles } from "../helpers/site-files.ts";
import { visit } from "./browser-visit.ts";

const HEADERS = netlifyHeadersForEveryPath();
/** Pages open a few at a time: quicker than one by one, and light enough for one browser. */
const PAGES_AT_ONCE = 4;
/** One of each kind of page, so a change to the example hub cannot quietly drop a page type. */
const PAGE_TYPES = [
  "/",
  "/objectives/",
  "/objectives/fair-access/",
  "/eds-scorecard/",
  "/protected-characteristics/",
  "/protected-characteristics/disability/",
  "/publication-schedule/",
  "/legal-duties/",
  "/policies/",
  "/policies/equality-impact-assessment/",
  "/engagement/",
  "/engagement/maternity-voices-2027/",
  "/reports/",
  "/reports/gender-pay-gap-2025/",
  "/our-equality-work/",
  "/our-equality-work/easy-read/",
  "/contact/",
  "/accessibility-statement/",
  "/search/",
  "/404.html",
];
const MISSING_ADDRESS = "/no-such-page/";

let site: string;
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  site = exampleSite().dir;
  server = await serveStatic(site, HEADERS);
  browser = await puppeteer.launch({
    executablePath: findBrowser(),
    headless: true,
    args: BROWSER_ARGS,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function pages(): string[] {
  return siteFiles(site).filter(isHubPage).map(pageAddress);
}

describe("the site served with netlify.toml's security headers", () => {
  it("sends every header from netlify.toml with a page, an asset and the not-found page", async () => {
    for (const address of ["/", "/assets/css/app.css", MISSING_ADDRESS]) {
      const response = await fetch(`${server!.origin}${address}`);
      const sent = Object.fromEntries(Object.keys(HEADERS).map((name) => [name, response.headers.get(name)]));
      expect(sent, `headers sent with ${address}`).toEqual(HEADERS);
    }
  });

  it("has a page of every type to check", () => {
    expect(
      PAGE_TYPES.filter((address) => !pages().includes(address)),
      "page types missing from the example hub",
    ).toEqual([]);
  });

  it("loads every page in Chromium with no policy violation, console error, script error or failed request", async () => {
    const queue = pages();
    const problems: string[] = [];
    const worker = async (): Promise<void> => {
      for (let address = queue.shift(); address !== undefined; address = queue.shift()) {
        const result = await visit(browser!, server!.origin, address);
        if (result.status !== 200) problems.push(`${address}: answered with status ${result.status}`);
        problems.push(...result.problems.map((problem) => `${address}: ${problem}`));
      }
    };
    await Promise.all(Array.from({ length: PAGES_AT_ONCE }, worker));
    expect(problems.sort()).toEqual([]);
  });

  it("shows the not-found page for a missing address with nothing else going wrong", async () => {
    const result = await visit(browser!, server!.origin, MISSING_ADDRESS);
    // Chromium reports the page's own 404 status as a console error; that one is expected here.
    const own404 = `console error: Failed to load resource: the server responded with a status of 404 (Not Found) (${server!.origin}${MISSING_ADDRESS})`;
    expect([result.status, result.problems.filter((problem) => problem !== own404)]).toEqual([404, []]);
  });
});

describe("the editing forms served with netlify.toml's headers for /admin/", () => {
  let adminServer: StaticServer | undefined;

  beforeAll(async () => {
    adminServer = await serveStatic(site, netlifyHeadersFor("/admin/index.html"));
  });

  afterAll(async () => {
    await adminServer?.close();
  });

  it("starts the CMS with no policy violation or script error", async () => {
    const result = await visit(browser!, adminServer!.origin, "/admin/");
    // Offline, the sign-in page's requests to GitHub get empty answers (browser-visit.ts); what
    // matters here is that the policy lets the CMS run.
    // The one thing blocked on purpose: the CMS's hourly look for a newer version of itself on
    // unpkg.com (netlify.toml says why).
    const blocking = result.problems.filter(
      (problem) =>
        /^(CSP violation|script error)/.test(problem) &&
        !problem.startsWith("CSP violation: connect-src blocked https://unpkg.com/@sveltia/cms/package.json"),
    );
    expect([result.status, blocking]).toEqual([200, []]);
  });
});
