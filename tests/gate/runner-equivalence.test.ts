/**
 * The gate's own runner (lib/gate/run-page-pool.ts: long-lived tabs, pages taken as loaded at
 * `load`) finds what pa11y-ci finds: the same rules, from both tools, on the same elements of the
 * same pages, over a corpus of pages each broken in its own way (tests/gate/broken-pages/).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findBrowser } from "../../lib/gate/find-browser.ts";
import type { GateFinding } from "../../lib/gate/findings.ts";
import { runPa11y, type Pa11yRun } from "../../lib/gate/run-pa11y.ts";
import { runPagePool } from "../../lib/gate/run-page-pool.ts";
import { serveStatic, type StaticServer } from "../../lib/gate/serve-static.ts";

const CORPUS = path.join(import.meta.dirname, "broken-pages");
const pages = readdirSync(CORPUS)
  .filter((file) => file.endsWith(".html"))
  .map((file) => `/${file}`)
  .sort();

let server: StaticServer;
let pa11yCi: Pa11yRun;
let pool: Pa11yRun;
let pagesDone = 0;

beforeAll(async () => {
  server = await serveStatic(CORPUS);
  const options = { origin: server.origin, pages, browserPath: findBrowser() };
  pa11yCi = await runPa11y(options);
  pool = await runPagePool({ ...options, onPageDone: () => (pagesDone += 1) });
}, 240_000);

afterAll(() => server.close());

/** Each page's findings as `tool rule element`, sorted, so the two runs compare line by line. */
function byPage(run: Pa11yRun): Record<string, string[]> {
  const found: Record<string, string[]> = Object.fromEntries(pages.map((page) => [page, []]));
  for (const finding of run.findings) found[finding.page]?.push(describe_(finding));
  for (const list of Object.values(found)) list.sort();
  return found;
}

function describe_(finding: GateFinding): string {
  return `${finding.tool} ${finding.rule} ${finding.element}`;
}

describe("the gate's own runner", () => {
  it("checks every page of the corpus, as pa11y-ci does", () => {
    expect(pool.pagesChecked).toBe(pages.length);
    expect(pa11yCi.pagesChecked).toBe(pages.length);
  });

  it("says as each page is done, for the build's progress line", () => {
    expect(pagesDone).toBe(pages.length);
  });

  it("finds the same rules on the same elements of the same pages as pa11y-ci", () => {
    expect(byPage(pool)).toEqual(byPage(pa11yCi));
  });

  it("finds every kind of problem the corpus holds, and none on the clean page", () => {
    const rules = (page: string) => new Set(pool.findings.filter((f) => f.page === page).map((f) => f.rule));
    expect(rules("/clean.html").size).toBe(0);
    // axe's landmark rules are best practice, outside the WCAG tags the gate asks for: the page
    // checks that neither runner reports them.
    expect(rules("/landmarks.html").size).toBe(0);
    for (const [page, rule] of [
      ["/contrast.html", "color-contrast"],
      ["/headings.html", "WCAG2AA.Principle1.Guideline1_3.1_3_1.H42.2"],
      ["/forms.html", "label"],
      ["/forms.html", "WCAG2AA.Principle4.Guideline4_1.4_1_2.H91.InputText.Name"],
      ["/tables.html", "td-headers-attr"],
      ["/language.html", "html-has-lang"],
      ["/images.html", "image-alt"],
      ["/images.html", "link-name"],
      ["/target-size.html", "target-size"],
      ["/aria.html", "aria-required-attr"],
      ["/untitled.html", "document-title"],
    ] as const) {
      expect([page, rules(page).has(rule)]).toEqual([page, true]);
    }
    const tools = new Set(pool.findings.map((finding) => finding.tool));
    expect([...tools].sort()).toEqual(["axe", "htmlcs"]);
  });
});
