/**
 * `npm run bench`: how fast the hub builds and gates at the sizes a real ICB reaches, measured in
 * one run on this machine. For each size it generates a data-driven hub (scripts/bench/
 * generate-hub.ts) and measures, as medians of --runs runs:
 *
 * - the cold gated build (a fresh gate cache) and its peak memory;
 * - the warm rebuild with nothing changed, and after editing one markdown page and one policy;
 * - the browser checks alone on a sample of its pages: pa11y-ci at its defaults against the gate's
 *   runner, with the same findings;
 * - the Eleventy render against bare Eleventy on the same markdown.
 *
 * Then it runs the whole gate --stability times on the smallest hub and checks every run agrees,
 * and times `npm run check` on the example hub: one run to warm up, then --check-runs runs.
 * `--only hubs` or `--only check` runs one part. `--write-doc` puts the results into
 * docs/performance.md, each part into its own section. Nothing else should run meanwhile.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { renderSite } from "../lib/build/render-site.ts";
import { loadHubOrThrow } from "../lib/data/load-hub.ts";
import { DEFAULT_FOLDERS } from "../lib/folders.ts";
import { browserVersion, findBrowser } from "../lib/gate/find-browser.ts";
import { runGate } from "../lib/gate/run-gate.ts";
import { siteFile } from "../lib/site-paths/site-file.ts";
import { timeBrowserChecks, type BrowserCheckTiming } from "./bench/browser-checks.ts";
import { generateHub } from "./bench/generate-hub.ts";
import { hubPagesWithCopies, timeBareRender, timeOurRender } from "./bench/markdown-render.ts";
import { writeBenchSection, type BenchSection } from "./bench/performance-doc.ts";
import { median, megabytes, seconds } from "./bench/stats.ts";
import { timedBuild, type BuildTiming } from "./bench/timed-build.ts";
import { timedCheck, type CheckTiming } from "./bench/timed-check.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,1000" },
    runs: { type: "string", default: "3" },
    "cold-runs": { type: "string" },
    sample: { type: "string", default: "20" },
    stability: { type: "string", default: "5" },
    "check-runs": { type: "string", default: "5" },
    only: { type: "string" },
    "write-doc": { type: "boolean", default: false },
  },
});
const PARTS = ["hubs", "check"] as const;
type Part = (typeof PARTS)[number];
const only = values.only?.split(",").map((part) => part.trim());
const unknownPart = only?.find((part) => !(PARTS as readonly string[]).includes(part));
if (unknownPart !== undefined) {
  console.error(`--only takes ${PARTS.join(" or ")} (or both, comma-separated); got '${unknownPart}'.`);
  process.exit(2);
}
const measures = (part: Part) => only === undefined || only.includes(part);
const sizes = String(values.sizes).split(",").map(Number);
const runs = Number(values.runs);
/** Cold builds of a 1,000-page hub take minutes each; `--cold-runs 3,1` gives each size its own count. */
const coldRuns = String(values["cold-runs"] ?? values.runs)
  .split(",")
  .map(Number);
const sampleSize = Number(values.sample);
const stabilityRuns = Number(values.stability);
const checkRuns = Number(values["check-runs"]);
// A fixed day, so every run builds the same site.
const TODAY = "2026-11-23";

const workDir = mkdtempSync(path.join(os.tmpdir(), "equality-hub-bench-"));
const browserPath = findBrowser();
const lines: string[] = [];
const say = (line = "") => {
  console.log(line);
  lines.push(line);
};

try {
  if (measures("hubs")) await benchHubs();
  if (measures("check")) await benchCheck();
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

/** The machine, the commit and the day, so a result can be traced to where and what it measured. */
function machineLine(): string {
  const cpu = os.cpus();
  return `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, ${browserVersion(browserPath)}. Run on ${new Date().toISOString().slice(0, 10)} at commit ${commit()}; built for ${TODAY}.`;
}

async function benchHubs(): Promise<void> {
  say(machineLine());
  const examplePages = (
    await renderSite({
      outputDir: path.join(workDir, "example"),
      hub: loadHubOrThrow(DEFAULT_FOLDERS.data),
      today: TODAY,
    })
  ).pages.length;
  say(
    `Each hub is the example hub (${examplePages} pages) grown with data: medians of ${runs} runs unless it says otherwise.`,
  );
  say();

  let smallest: { siteDir: string; pages: string[] } | undefined;
  for (const [index, size] of sizes.entries()) {
    const result = await benchSize(size, coldRuns[index] ?? coldRuns.at(-1) ?? runs, examplePages);
    smallest ??= result;
  }
  if (smallest && stabilityRuns > 0) await stability(smallest.siteDir, smallest.pages);
  writeDoc("hubs");
}

/**
 * `npm run check` on the example hub, as an editor runs it after changing a page: the target is
 * an answer in under 2 seconds on 2 cores. The first run warms the disk cache and the compiled
 * styles' cache, so it is not counted.
 */
async function benchCheck(): Promise<void> {
  lines.length = 0;
  say(machineLine());
  say();
  const first = await timedCheck(TODAY);
  const timings: CheckTiming[] = [];
  for (let run = 0; run < checkRuns; run += 1) timings.push(await timedCheck(TODAY));
  const wall = median(timings.map((timing) => timing.wallSeconds));
  const own = median(timings.map((timing) => timing.ownSeconds));
  say(
    `\`npm run check\` on the example hub (${first.pages} pages), after one run to warm up (${seconds(first.wallSeconds)}): median of ${checkRuns} runs ${seconds(wall)} wall time, ${own.toFixed(1)} s by its own last line (which counts from Node starting, in tenths); fastest ${seconds(Math.min(...timings.map((timing) => timing.wallSeconds)))}, slowest ${seconds(Math.max(...timings.map((timing) => timing.wallSeconds)))}. Target: under 2 s on 2 cores: ${wall < 2 ? "met" : "not met"}.`,
  );
  writeDoc("check");
}

function writeDoc(section: BenchSection): void {
  if (!values["write-doc"]) return;
  writeBenchSection(path.join("docs", "performance.md"), lines.join("\n"), section);
  console.log(`\nWrote the ${section} results into docs/performance.md.`);
}

async function benchSize(size: number, cold: number, examplePages: number) {
  const dir = path.join(workDir, `hub-${size}`);
  const hub = generateHub(dir, Math.max(0, size - examplePages));
  const build = (name: string, cacheDir: string) =>
    timedBuild({
      dataDir: hub.dataDir,
      inputDir: hub.inputDir,
      outputDir: path.join(dir, name),
      cacheDir,
      today: TODAY,
    });
  const { policies, engagements, objectives, genderPayGapYears } = hub.added;
  say(`### A hub of ${size} pages`);
  say();
  say(
    `Added to the example: ${policies} policies, ${engagements} consultations, ${objectives} objectives, ${genderPayGapYears} years of gender pay gap reports.`,
  );
  say();

  const colds: BuildTiming[] = [];
  for (let run = 0; run < cold; run += 1) colds.push(await build("published", path.join(dir, `cache-${run}`)));
  const cacheDir = path.join(dir, `cache-${cold - 1}`);
  const warm: BuildTiming[] = [];
  const markdownEdit: BuildTiming[] = [];
  const policyEdit: BuildTiming[] = [];
  const markdownPage = path.join(hub.inputDir, "our-equality-work", "index.md");
  const policiesFile = path.join(hub.dataDir, "policies.yaml");
  for (let run = 0; run < runs; run += 1) {
    warm.push(await build("published", cacheDir));
    appendFileSync(markdownPage, `\nThis paragraph was added by the bench, run ${run + 1}.\n`);
    markdownEdit.push(await build("published", cacheDir));
    const policies = readFileSync(policiesFile, "utf8");
    writeFileSync(policiesFile, policies.replace('summary: "', `summary: "Edited by the bench, run ${run + 1}. `));
    policyEdit.push(await build("published", cacheDir));
  }
  const built = JSON.parse(readFileSync(path.join(dir, "published-reports", "gate-report.json"), "utf8")) as {
    pages: string[];
  };

  say(
    "| Build | Wall time (median) | Of it, the build's own | html-validate | Browser checks | Pages checked (not from the cache) | Gate a page checked | Peak memory |",
  );
  say("| --- | --- | --- | --- | --- | --- | --- | --- |");
  row(`Cold, gate cache empty (${cold} run${cold === 1 ? "" : "s"})`, colds, size);
  row("Warm, nothing changed", warm, size);
  row("One markdown page edited", markdownEdit, size);
  row("One policy edited", policyEdit, size);
  say();

  const sample = evenlySpaced(built.pages, sampleSize);
  const checks: BrowserCheckTiming[] = [];
  for (let run = 0; run < runs; run += 1)
    checks.push(await timeBrowserChecks(path.join(dir, "published"), sample, browserPath));
  const ci = median(checks.map((check) => check.pa11yCiSecondsPerPage));
  const pool = median(checks.map((check) => check.poolSecondsPerPage));
  const cold0 = median(
    colds.map((timing) => timing.browserSeconds / Math.max(1, timing.pagesChecked - timing.pagesFromCache)),
  );
  say(
    `Browser checks on ${sample.length} of its pages, evenly spaced: pa11y-ci at its defaults ${seconds(ci)} a page; the gate's runner ${seconds(pool)} a page (${(ci / pool).toFixed(1)} times faster; in the cold builds ${seconds(cold0)} a page, ${(ci / cold0).toFixed(1)} times). Same findings: ${checks.every((check) => check.sameFindings) ? "yes" : "NO"}; pages that failed to load: ${checks.reduce((sum, check) => sum + check.pagesFailedToLoad, 0)}.`,
  );
  say();

  const loaded = loadHubOrThrow(hub.dataDir);
  const markdownCount = size;
  const withCopies = hubPagesWithCopies(hub.inputDir, path.join(dir, "pages-with-copies"), markdownCount);
  // One render of each first, so loading modules and warming the JIT are not timed.
  await timeOurRender(loaded, hub.inputDir, path.join(dir, "render-warm-up"), TODAY);
  await timeBareRender(path.join(dir, "bare-warm-up"), markdownCount, path.join(dir, "bare-out-warm-up"));
  const ours: number[] = [];
  const oursAlone: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    ours.push((await timeOurRender(loaded, withCopies, path.join(dir, `render-${run}`), TODAY)).seconds);
    oursAlone.push((await timeOurRender(loaded, hub.inputDir, path.join(dir, `render-alone-${run}`), TODAY)).seconds);
    bare.push(
      (await timeBareRender(path.join(dir, `bare-${run}`), markdownCount, path.join(dir, `bare-out-${run}`))).seconds,
    );
  }
  const perPage = (median(ours) - median(oursAlone)) / markdownCount;
  const barePerPage = median(bare) / markdownCount;
  say(
    `Render of ${markdownCount} copies of a markdown page (no gate): bare Eleventy ${seconds(median(bare))}; the hub ${seconds(median(ours))} with the copies beside its own ${size} pages and ${seconds(median(oursAlone))} without them, so ${(perPage * 1000).toFixed(1)} ms a markdown page against bare Eleventy's ${(barePerPage * 1000).toFixed(1)} ms (${(perPage / barePerPage).toFixed(2)} times).`,
  );
  say();
  return { siteDir: path.join(dir, "published"), pages: built.pages };
}

function row(label: string, timings: BuildTiming[], size: number): void {
  const checked = median(timings.map((timing) => timing.pagesChecked - timing.pagesFromCache));
  const browser = median(timings.map((timing) => timing.browserSeconds));
  const peak = Math.max(...timings.map((timing) => timing.peakMemoryBytes ?? Number.NaN));
  const html = median(timings.map((timing) => timing.htmlValidateSeconds));
  // The gate's cost a page: both checks, over the pages they looked at (not those from the cache).
  const gatePerPage = checked > 0 ? `${((html + browser) / checked).toFixed(3)} s` : "none checked";
  const wall = median(timings.map((timing) => timing.wallSeconds));
  const own = median(timings.map((timing) => timing.buildSeconds));
  const memory = megabytes(Number.isNaN(peak) ? undefined : peak);
  say(
    `| ${label} | ${seconds(wall)} | ${seconds(own)} | ${seconds(html)} | ${seconds(browser)} | ${checked} of ${size} | ${gatePerPage} | ${memory} |`,
  );
}

/** Five runs of the whole gate on the same site must find the same and load every page. */
async function stability(siteDir: string, urls: string[]): Promise<void> {
  const pages = urls.map((url) => ({ url, outputPath: siteFile(siteDir, url)! }));
  const signatures: string[] = [];
  let unloaded = 0;
  for (let run = 0; run < stabilityRuns; run += 1) {
    const result = await runGate({ siteDir, pages, browserPath });
    unloaded += pages.length - result.pagesChecked;
    signatures.push(JSON.stringify({ passed: result.passed, findings: result.findings.map((f) => [f.page, f.rule]) }));
  }
  const identical = signatures.every((signature) => signature === signatures[0]);
  say(
    `Stability: ${stabilityRuns} gate runs on the ${pages.length}-page hub gave ${identical ? "identical" : "DIFFERENT"} results; pages that failed to load: ${unloaded}.`,
  );
  if (!identical || unloaded > 0) process.exitCode = 1;
}

/** The commit measured, so a result can be traced to its code; "a working tree" with changes not committed. */
function commit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const changed = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).trim();
    return changed ? `${head} with uncommitted changes` : head;
  } catch {
    return "unknown (not a git checkout)";
  }
}

function evenlySpaced<T>(items: T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, index) => items[Math.floor((index * items.length) / count)]!);
}
