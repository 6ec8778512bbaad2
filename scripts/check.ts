/**
 * `npm run check`: the build's own checks without its browser, for an editor who wants an answer
 * in seconds. It validates the data and every page's front matter and markdown, renders the site
 * into a temporary folder (search index included, as the build makes it) and checks redirects,
 * Easy Read links and every internal link and fragment there (lib/build/render-and-check.ts, the
 * same steps and messages as scripts/build.ts), then removes the folder. It never touches the
 * published site or the gate's cache, and its last line says no browser checks were run: passing
 * it is not passing the gate; the build's summary, without the gate's lines, comes just before it. Exit codes as the build's: 0 all found, 1 content or link
 * problems, 2 bad usage.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseCheckOptions, type CheckOptions } from "../lib/build/check-options.ts";
import { SearchIndexError } from "../lib/build/index-search.ts";
import { BuildUsageError } from "../lib/build/options.ts";
import { checkContentAndWarn, renderAndCheck } from "../lib/build/render-and-check.ts";
import { summaryPrinter } from "../lib/build/summary-facts.ts";
import { describeEleventyError } from "../lib/build/run-eleventy.ts";

async function main(): Promise<number> {
  let options: CheckOptions;
  try {
    options = parseCheckOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof BuildUsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }

  const content = await checkContentAndWarn({ ...options, cacheDir: options.gateCacheDir });
  if (!content) return 1;
  // The build's summary without its gate lines (lib/build/build-summary.ts), before the last line.
  const summarise = summaryPrinter(content, options.today);

  const siteDir = mkdtempSync(path.join(os.tmpdir(), "equality-hub-check-"));
  const remove = () => rmSync(siteDir, { recursive: true, force: true });
  try {
    // The compiled nhsuk-frontend styles are read from (and kept in) the build's cache folder, as
    // the build does; the gate's own cache file there is never opened.
    const site = await renderAndCheck(content, siteDir, { ...options, cacheDir: options.gateCacheDir });
    remove();
    if (!site) {
      summarise({ stoppedAt: "the link and redirect checks" });
      return 1;
    }
    summarise({ pagesBuilt: site.pages.length, linkWarnings: site.links.warnings.length });
    // Since Node started, so starting tsx and loading the modules count too.
    const seconds = (performance.now() / 1000).toFixed(1);
    const under = site.basePath === "/" ? "" : ` under ${site.basePath}`;
    console.log(
      `Checked the data, pages and ${site.links.linksChecked} internal links of ${site.pages.length} pages${under} for ${options.today} in ${seconds} s; no browser checks were run (npm run build runs them before it publishes).`,
    );
    return 0;
  } catch (error) {
    // As in the build: Eleventy may still be copying files when it reports a failure, so the
    // folder goes once everything has settled.
    process.once("beforeExit", remove);
    if (error instanceof SearchIndexError) {
      console.error(error.message);
      summarise({ stoppedAt: "the search index" });
      return 1;
    }
    console.error(
      `The site could not be built:\n${describeEleventyError(error).replaceAll(siteDir, "the check's folder")}`,
    );
    summarise({ stoppedAt: "rendering the pages" });
    return 1;
  }
}

process.exitCode = await main();
