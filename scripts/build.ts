/**
 * `npm run build`: validate the data, build the site into a staging folder, and only then put it
 * in place of the published site. A content mistake prints a compiler-style list of errors and
 * exits 1 without writing anything; a mistake in how the command was called exits 2.
 */
import { performance } from "node:perf_hooks";
import { formatDataErrors } from "../lib/data/errors.ts";
import { loadHub } from "../lib/data/load-hub.ts";
import { BuildUsageError, parseBuildOptions } from "../lib/build/options.ts";
import { runEleventy } from "../lib/build/run-eleventy.ts";
import { discardStagingDir, prepareStagingDir, publishStagingDir } from "../lib/build/publish.ts";

async function main(): Promise<number> {
  const started = performance.now();
  let options;
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
    const pages = await runEleventy({ outputDir: staging, dataDir: options.dataDir, today: options.today });
    publishStagingDir(staging, options.outputDir);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Built ${pages.length} pages for ${options.today} into ${options.outputDir} in ${seconds} s.`);
    return 0;
  } catch (error) {
    discardStagingDir(staging);
    console.error(`The site could not be built, so nothing was published:\n${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main();
