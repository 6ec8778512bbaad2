/**
 * The incremental gate in a real browser: a rebuild checks only the pages whose key changed, a
 * change to a shared file checks every page again, a page with a problem is never remembered, and
 * the build itself says what came from the cache and refuses a cache it cannot read.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findBrowser } from "../../lib/gate/find-browser.ts";
import { gateFingerprint, GATE_CACHE_FILE, openGateCache } from "../../lib/gate/gate-cache.ts";
import { runGate } from "../../lib/gate/run-gate.ts";
import { NHSUK_CSS_CACHE_FOLDER } from "../../lib/styles/compile-nhsuk-css.ts";
import { makeTempDir, PROJECT_ROOT, removeDir, runBuild } from "../helpers/build-hub.ts";

const work = makeTempDir("gate-cache");
afterAll(() => removeDir(work));
const browserPath = findBrowser();

function page(title: string, body = `<p>${title}.</p>`): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="/app.css"></head>
<body><main><h1>${title}</h1>${body}</main></body>
</html>
`;
}

/** A small site: three pages and a stylesheet; answers the pages as the build lists them. */
function writeSite(dir: string, pages: Record<string, string>, css = "body { color: #212b32; }") {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "app.css"), css);
  return Object.entries(pages).map(([url, html]) => {
    const outputPath = path.join(dir, url.endsWith("/") ? `${url}index.html` : url);
    mkdirSync(path.dirname(outputPath), { recursive: true });
    writeFileSync(outputPath, html);
    return { url, outputPath };
  });
}

/** One gate run on the site with the cache in `cacheDir`, saved afterwards as the build saves it. */
async function gate(siteDir: string, pages: { url: string; outputPath: string }[], cacheDir: string) {
  const cache = openGateCache(cacheDir, gateFingerprint(siteDir, browserPath));
  const result = await runGate({ siteDir, pages, browserPath, cache });
  cache.save();
  return result;
}

const THREE = { "/": page("Home"), "/policies/": page("Policies"), "/contact/": page("Contact") };

describe("the gate with a cache", () => {
  it("checks nothing again when nothing changed, and still counts every page as checked", async () => {
    const siteDir = path.join(work, "unchanged");
    const pages = writeSite(siteDir, THREE);
    const cacheDir = path.join(work, "unchanged-cache");
    const first = await gate(siteDir, pages, cacheDir);
    const second = await gate(siteDir, pages, cacheDir);
    expect([first.passed, first.pagesChecked, first.pagesFromCache]).toEqual([true, 3, 0]);
    expect([second.passed, second.pagesChecked, second.pagesFromCache]).toEqual([true, 3, 3]);
  });

  it("checks only the page that was edited", async () => {
    const siteDir = path.join(work, "edited");
    const cacheDir = path.join(work, "edited-cache");
    await gate(siteDir, writeSite(siteDir, THREE), cacheDir);
    const edited = writeSite(siteDir, { ...THREE, "/policies/": page("Policies", "<p>A new policy.</p>") });
    const result = await gate(siteDir, edited, cacheDir);
    expect([result.passed, result.pagesChecked, result.pagesFromCache]).toEqual([true, 3, 2]);
  });

  it("checks every page again when a file they all load changed", async () => {
    const siteDir = path.join(work, "restyled");
    const cacheDir = path.join(work, "restyled-cache");
    await gate(siteDir, writeSite(siteDir, THREE), cacheDir);
    const restyled = writeSite(siteDir, THREE, "body { color: #b8c4cc; background: #fff; }");
    const result = await gate(siteDir, restyled, cacheDir);
    expect(result.pagesFromCache).toBe(0);
    // The pale text is a problem on every page, which a cached pass would have hidden.
    expect(new Set(result.findings.filter((f) => f.rule === "color-contrast").map((f) => f.page)).size).toBe(3);
  });

  it("never remembers a page with a problem: it is checked, and fails, every time", async () => {
    const siteDir = path.join(work, "failing");
    const cacheDir = path.join(work, "failing-cache");
    const pages = writeSite(siteDir, { ...THREE, "/contact/": page("Contact", '<img src="/app.css">') });
    await gate(siteDir, pages, cacheDir);
    const again = await gate(siteDir, pages, cacheDir);
    expect([again.passed, again.pagesFromCache]).toEqual([false, 2]);
    expect(again.findings.map((finding) => finding.page)).toContain("/contact/");
  });
});

describe("the build with a cache", () => {
  const out = path.join(work, "build-site");
  const cacheDir = path.join(work, "build-cache");
  const build = (...args: string[]) =>
    runBuild(["--example", "closed-ccg", "--today", "2026-11-23", "--output", out, ...args], { HUB_GATE_CACHE: "" });

  it("takes unchanged pages from the cache on a rebuild, refuses a broken cache, and checks all with --no-cache", () => {
    const first = build("--cache-dir", cacheDir);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).not.toMatch(/from the gate's cache/);
    // The compiled nhsuk-frontend styles are kept beside it, for the next build to read.
    expect(readdirSync(path.join(cacheDir, NHSUK_CSS_CACHE_FOLDER))).toHaveLength(1);

    const second = build("--cache-dir", cacheDir);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(
      /Checked (\d+) of \1 pages .*: no problems found\. \1 of them were unchanged since they last passed, so came from the gate's cache\./,
    );
    // The build's summary ends it, before the line saying where it published: the gate's lines,
    // then the closed organisation's record as its pages show it.
    const lines = second.stdout.trimEnd().split("\n");
    const start = lines.indexOf("Summary for 23 November 2026:");
    expect(start, second.stdout).toBeGreaterThan(-1);
    expect(lines.slice(start + 1, -1).map((line) => line.trim())).toEqual([
      expect.stringMatching(
        /^Pages: (\d+) built, \1 checked in the browser \(\1 unchanged since they last passed, so from the gate's cache\)\.$/,
      ),
      expect.stringMatching(/^Gate: passed, no problems on \d+ pages\.$/),
      "NHS Oakvale CCG closed on 1 July 2022: the hub is a record, so nothing falls due and no policy needs review.",
      "Overdue when it closed (as at 30 June 2022): Equality objectives (due 28 March 2021).",
      "Policies past their review date when it closed (as at 30 June 2022): Equality and inclusion policy (review was due 31 May 2021) and Recruitment and selection policy (review was due 28 February 2022).",
      "Consultations and engagement opening in the next 14 days: none.",
      "Consultations and engagement closing in the next 14 days: none.",
      "Warnings: 0 data warnings, 0 link warnings and 24 writing warnings (listed above).",
    ]);
    expect(lines.at(-1)).toMatch(/^Published \d+ pages for 2026-11-23/);

    const none = build("--cache-dir", cacheDir, "--no-cache");
    expect(none.status, none.stderr).toBe(0);
    expect(none.stdout).not.toMatch(/from the gate's cache/);

    writeFileSync(path.join(cacheDir, GATE_CACHE_FILE), "not json");
    const broken = build("--cache-dir", cacheDir);
    expect(broken.status, broken.stderr).toBe(0);
    expect(broken.stderr).toMatch(/The gate's cache .* could not be used .*, so every page is checked/);
    expect(broken.stdout).not.toMatch(/from the gate's cache/);
  }, 300_000);

  it("checks again only the page whose words changed and the search page, whose index changed with it", () => {
    const hub = path.join(work, "edited-hub");
    cpSync(path.join(PROJECT_ROOT, "examples", "closed-ccg"), hub, { recursive: true });
    const editedCache = path.join(work, "edited-cache");
    const hubArgs = ["--data", path.join(hub, "_data"), "--pages", path.join(hub, "pages"), "--today", "2026-11-23"];
    const buildHub = () =>
      runBuild([...hubArgs, "--output", path.join(work, "edited-site"), "--cache-dir", editedCache], {
        HUB_GATE_CACHE: "",
      });
    expect(buildHub().status).toBe(0);
    const contact = path.join(hub, "pages", "contact.md");
    writeFileSync(contact, `${readFileSync(contact, "utf8")}\nWe answer letters within 10 working days.\n`);
    const edited = buildHub();
    expect(edited.status, edited.stderr).toBe(0);
    const [, checked, fromCache] =
      /Checked (\d+) of \d+ pages .* (\d+) of them were unchanged since they last passed/.exec(edited.stdout) ?? [];
    expect(Number(checked) - Number(fromCache), edited.stdout).toBe(2);

    // A policy's words are also in the open data files, which no page loads: they must not make
    // every page's key change, only those of the pages that show the policy.
    const policies = path.join(hub, "_data", "policies.yaml");
    const before = readFileSync(policies, "utf8");
    writeFileSync(policies, before.replace("How the CCG met", "How the CCG, as a commissioner, met"));
    const policyEdited = buildHub();
    expect(policyEdited.status, policyEdited.stderr).toBe(0);
    const [, total, unchanged] =
      /Checked (\d+) of \d+ pages .* (\d+) of them were unchanged since they last passed/.exec(policyEdited.stdout) ??
      [];
    // The policy's page, the policies index and the search page, at most.
    expect(Number(total) - Number(unchanged), policyEdited.stdout).toBeGreaterThan(0);
    expect(Number(total) - Number(unchanged), policyEdited.stdout).toBeLessThanOrEqual(3);
  }, 400_000);
});
