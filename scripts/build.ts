/**
 * `npm run build`: validate the data and every page's front matter, build the site into a staging
 * folder and index it for site search (Pagefind), check that redirects, Easy Read links and every internal link and fragment reach pages it
 * built (lib/links), check every page with html-validate and pa11y's runners (axe and HTML_CodeSniffer,
 * WCAG 2.2 AA), write those results into the accessibility statement (and check it again), and
 * only when every page passes put the new site in place of the old one in one step. Otherwise the
 * published site stays exactly as it was. Once the data has passed it ends, whatever the outcome,
 * with a short summary (lib/build/build-summary.ts). Exit codes: 0 published, 1 content, link or
 * accessibility problems, 2 bad usage.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { BuildUsageError, parseBuildOptions, type BuildOptions } from "../lib/build/options.ts";
import { describeEleventyError } from "../lib/build/run-eleventy.ts";
import { checkContentAndWarn, renderAndCheck } from "../lib/build/render-and-check.ts";
import { summaryPrinter } from "../lib/build/summary-facts.ts";
import { SearchIndexError } from "../lib/build/index-search.ts";
import { summariseGate, writeGateResults } from "../lib/build/gate-results.ts";
import { discardStagingDir, prepareStagingDir, publishStagingDir } from "../lib/build/publish.ts";
import { BrowserNotFoundError, findBrowser } from "../lib/gate/find-browser.ts";
import { gateFingerprint, openGateCache, searchBundleFingerprint, type GateCache } from "../lib/gate/gate-cache.ts";
import { stdoutProgress } from "../lib/gate/progress.ts";
import { formatTerminalReport, writeReports } from "../lib/gate/report.ts";
import { runGate } from "../lib/gate/run-gate.ts";

async function main(): Promise<number> {
  const started = performance.now();
  let options: BuildOptions;
  try {
    options = parseBuildOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof BuildUsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }

  const content = await checkContentAndWarn({ ...options, cacheDir: options.gateCacheDir });
  if (!content) return 1;
  // The summary ends every build that got past the data, passed or failed (lib/build/build-summary.ts).
  const summarise = summaryPrinter(content, options.today);

  const staging = prepareStagingDir(options.outputDir);
  try {
    const site = await renderAndCheck(content, staging, {
      ...options,
      // The compiled nhsuk-frontend styles are kept beside the gate's cache, and left alone with it.
      cacheDir: options.gateCacheDir,
    });
    if (!site) {
      discardStagingDir(staging);
      summarise({ stoppedAt: "the link and redirect checks" });
      return 1;
    }
    const { pages, basePath } = site;
    const under = basePath === "/" ? "" : ` under ${basePath}`;
    console.log(
      `Built ${pages.length} pages${under} for ${options.today}. Checking each with html-validate, axe and HTML_CodeSniffer (WCAG 2.2 AA)…`,
    );

    const browserPath = findBrowser();
    const cache = openCache(options.gateCacheDir, staging, browserPath);
    const gate = { siteDir: staging, browserPath, concurrency: options.concurrency, cache, progress: stdoutProgress };
    let result = await runGate({ ...gate, pages });
    if (result.passed) {
      // The accessibility statement reports this run; the pages it changed are checked again.
      const changed = writeGateResults(pages, summariseGate(result, options.today), options.inputDir);
      if (changed.length > 0) {
        const recheck = await runGate({ ...gate, pages: changed });
        if (!recheck.passed) result = { ...result, passed: false, findings: recheck.findings };
      }
    }
    // Pages that passed are remembered even when others failed: the next build checks only those.
    cache?.save();
    const reports = writeReports(result, reportDirFor(options.outputDir));
    const report = formatTerminalReport(result);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const builtFacts = {
      pagesBuilt: pages.length,
      linkWarnings: site.links.warnings.length,
      gate: {
        passed: result.passed,
        pagesChecked: result.pagesChecked,
        pagesFromCache: result.pagesFromCache,
        problems: result.findings.length,
        failingPages: new Set(result.findings.map((finding) => finding.page)).size,
      },
    };
    if (!result.passed) {
      discardStagingDir(staging);
      console.error(report);
      console.error(
        `Reports: ${path.relative(process.cwd(), reports.html)} and ${path.relative(process.cwd(), reports.json)}`,
      );
      summarise(builtFacts);
      return 1;
    }
    publishStagingDir(staging, options.outputDir);
    console.log(report);
    summarise(builtFacts);
    console.log(
      `Published ${pages.length} pages for ${options.today} to ${options.outputDir} in ${seconds} s. Reports: ${path.relative(process.cwd(), reports.html)}`,
    );
    return 0;
  } catch (error) {
    // Eleventy may still be copying files when it reports a failure; removing the folder under it
    // would crash those copies, so the staging folder goes once everything has settled.
    process.once("beforeExit", () => discardStagingDir(staging));
    if (error instanceof BrowserNotFoundError || error instanceof SearchIndexError) {
      console.error(error.message);
      summarise({ stoppedAt: error instanceof BrowserNotFoundError ? "the browser checks" : "the search index" });
      return 1;
    }
    console.error(
      `The site could not be built, so nothing was published:\n${describeEleventyError(error).replaceAll(staging, options.outputDir)}`,
    );
    summarise({ stoppedAt: "rendering the pages" });
    return 1;
  }
}

/** The gate's cache for this build, saying why when an old one cannot be used; undefined with --no-cache. */
function openCache(dir: string | undefined, siteDir: string, browserPath: string): GateCache | undefined {
  if (dir === undefined) return undefined;
  const cache = openGateCache(dir, gateFingerprint(siteDir, browserPath), searchBundleFingerprint(siteDir));
  if (cache.warning) console.warn(cache.warning);
  return cache;
}

/** Reports go beside the output folder, never inside the published site. */
function reportDirFor(outputDir: string): string {
  const resolved = path.resolve(outputDir);
  return path.join(path.dirname(resolved), `${path.basename(resolved)}-reports`);
}

process.exitCode = await main();
