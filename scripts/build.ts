/**
 * `npm run build`: validate the data, build the site into a staging folder, check every page with
 * html-validate and pa11y-ci (axe and HTML_CodeSniffer, WCAG 2.2 AA), and only when every page
 * passes put the new site in place of the old one in one step. Otherwise the published site stays
 * exactly as it was. Exit codes: 0 published, 1 content or accessibility problems, 2 bad usage.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import { formatDataErrors } from "../lib/data/errors.ts";
import { loadHub } from "../lib/data/load-hub.ts";
import { BuildUsageError, parseBuildOptions, type BuildOptions } from "../lib/build/options.ts";
import { runEleventy } from "../lib/build/run-eleventy.ts";
import { discardStagingDir, prepareStagingDir, publishStagingDir } from "../lib/build/publish.ts";
import { BrowserNotFoundError } from "../lib/gate/find-browser.ts";
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

  const loaded = loadHub(options.dataDir);
  if (!loaded.ok) {
    console.error(formatDataErrors(loaded.errors));
    return 1;
  }

  const staging = prepareStagingDir(options.outputDir);
  try {
    const built = await runEleventy({ inputDir: options.inputDir, outputDir: staging, dataDir: options.dataDir, today: options.today });
    const pages = built.filter((page) => page.outputPath.endsWith(".html"));
    console.log(`Built ${pages.length} pages for ${options.today}. Checking each with html-validate, axe and HTML_CodeSniffer (WCAG 2.2 AA)…`);

    const result = await runGate({ siteDir: staging, pages, concurrency: options.concurrency });
    const reports = writeReports(result, reportDirFor(options.outputDir));
    const report = formatTerminalReport(result);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (!result.passed) {
      discardStagingDir(staging);
      console.error(report);
      console.error(`Reports: ${path.relative(process.cwd(), reports.html)} and ${path.relative(process.cwd(), reports.json)}`);
      return 1;
    }
    publishStagingDir(staging, options.outputDir);
    console.log(report);
    console.log(`Published ${pages.length} pages for ${options.today} to ${options.outputDir} in ${seconds} s. Reports: ${path.relative(process.cwd(), reports.html)}`);
    return 0;
  } catch (error) {
    discardStagingDir(staging);
    if (error instanceof BrowserNotFoundError) {
      console.error(error.message);
      return 1;
    }
    console.error(`The site could not be built, so nothing was published:\n${(error as Error).message}`);
    return 1;
  }
}

/** Reports go beside the output folder, never inside the published site. */
function reportDirFor(outputDir: string): string {
  const resolved = path.resolve(outputDir);
  return path.join(path.dirname(resolved), `${path.basename(resolved)}-reports`);
}

process.exitCode = await main();
