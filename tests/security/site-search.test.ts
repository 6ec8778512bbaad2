/**
 * Site search in Chromium, on the example hub as the gated build published it, served with
 * netlify.toml's headers: the header's search form finds a phrase from a known page and links to
 * it, with no Content-Security-Policy violation; with JavaScript off, the same form leads to the
 * A to Z list of every page.
 */
import { createRequire } from "node:module";
import puppeteer, { type Browser, type Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSER_ARGS, findBrowser } from "../../lib/gate/find-browser.ts";
import { serveStatic, type StaticServer } from "../../lib/gate/serve-static.ts";
import { exampleSite } from "../helpers/example-site.ts";
import { netlifyHeadersForEveryPath } from "../helpers/netlify-headers.ts";
import { isHubPage, pageAddress, siteFiles } from "../helpers/site-files.ts";

/** Words from the conflicts of interest policy's summary (_data/policies.yaml). */
const PHRASE = "gifts and hospitality";
const PAGE = "/policies/conflicts-of-interest/";

let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await serveStatic(exampleSite().dir, netlifyHeadersForEveryPath());
  browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const require = createRequire(import.meta.url);

interface AxeResults {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

declare global {
  interface Window {
    __violations?: string[];
  }
}

/**
 * A tab that records the search page's policy violations and script errors. No request
 * interception, unlike browser-visit.ts: Chromium holds back the requests of Pagefind's web worker
 * while it is on, so a search would never finish. The gate's browser fails other hosts at once
 * instead (the NHS web font), and those failures are not the page's problems.
 */
async function openTab(javaScript: boolean): Promise<{ page: Page; problems: string[] }> {
  const page = await browser!.newPage();
  const problems: string[] = [];
  await page.setJavaScriptEnabled(javaScript);
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__violations?.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`);
    });
  });
  page.on("pageerror", (error) => problems.push(`script error: ${String(error)}`));
  page.on("console", (message) => {
    const from = message.location().url ?? "";
    if (message.type() === "error" && from.startsWith(server!.origin))
      problems.push(`console error: ${message.text()}`);
  });
  return { page, problems };
}

/** The policy violations of the page the tab shows now. */
async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__violations ?? []);
}

async function searchFromHeader(page: Page): Promise<void> {
  await page.goto(`${server!.origin}/`, { waitUntil: "networkidle0" });
  await page.type("#search-field", PHRASE);
  await Promise.all([page.waitForNavigation({ waitUntil: "networkidle0" }), page.keyboard.press("Enter")]);
}

describe("site search", () => {
  it("finds a phrase typed into the header search, and the result links to the page it is on", async () => {
    const { page, problems } = await openTab(true);
    try {
      await searchFromHeader(page);
      expect(new URL(page.url()).pathname).toBe("/search/");
      expect(new URL(page.url()).searchParams.get("q")).toBe(PHRASE);
      const result = await page.waitForSelector(`pagefind-results a[href="${PAGE}"]`, { timeout: 20_000 });
      expect(await result!.evaluate((link) => link.textContent?.trim())).toBe("Conflicts of interest policy");
      // The note for readers without JavaScript is hidden once search works.
      expect(await page.$eval(".app-search__no-js", (note) => (note as HTMLElement).hidden)).toBe(true);
      expect(await violations(page)).toEqual([]);
      await Promise.all([page.waitForNavigation(), result!.click()]);
      expect(new URL(page.url()).pathname).toBe(PAGE);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("shows its results and filters with no WCAG 2.2 AA problem axe can find", async () => {
    // The gate checks the search page as it loads, before any search: no results, no filters.
    // Here they are drawn, then checked with the gate's axe tags. The policy is bypassed only so
    // axe itself can be added to the page; the test above holds the page to it.
    const page = await browser!.newPage();
    try {
      await page.setBypassCSP(true);
      await page.setViewport({ width: 1280, height: 1024 });
      await page.goto(`${server!.origin}/search/?q=equality`, { waitUntil: "load" });
      await page.waitForSelector("pagefind-results a.pf-result-link", { timeout: 20_000 });
      await page.waitForSelector("pagefind-filter-pane .pf-filter-group", { timeout: 20_000 });
      await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
      const problems = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } })
          .axe;
        const results = await axe.run(document, {
          runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        });
        return results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        );
      });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("with JavaScript off, leads from the header's form to the A to Z list of every page", async () => {
    const { page, problems } = await openTab(false);
    try {
      await searchFromHeader(page);
      expect(new URL(page.url()).pathname).toBe("/search/");
      expect(await page.$eval("h2#a-to-z", (heading) => heading.textContent)).toBe("All pages, A to Z");
      const listed = await page.$$eval(".app-a-to-z__pages a", (links) =>
        links.map((link) => link.getAttribute("href")),
      );
      const pages = siteFiles(exampleSite().dir)
        .filter(isHubPage)
        .map(pageAddress)
        .filter((address) => !["/404.html", "/search/"].includes(address));
      expect([...listed].sort()).toEqual([...pages].sort());
      expect(await page.$eval(".app-search__no-js", (note) => (note as HTMLElement).hidden)).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
