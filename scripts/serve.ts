/**
 * `npm start`: the dev server. Takes the build's options (`--today`, `--data`, `--input`, and the
 * same environment variables), rebuilds on every change to the pages or the YAML and reloads the
 * browser. It loads the data afresh on each rebuild and never runs the publishing gate: the plugin
 * says so after every rebuild.
 */
import { BuildUsageError, parseBuildOptions } from "../lib/build/options.ts";
import { createEleventy } from "../lib/build/run-eleventy.ts";

const PORT = 8080;

try {
  const options = parseBuildOptions(process.argv.slice(2), process.env);
  const eleventy = createEleventy(
    options.inputDir,
    options.outputDir,
    { today: options.today, folders: { input: options.inputDir, data: options.dataDir, pages: options.pagesDir } },
    "serve",
  );
  await eleventy.init();
  await eleventy.watch();
  eleventy.serve(PORT);
  process.on("SIGINT", () => void eleventy.stopWatch().then(() => (process.exitCode = 0)));
} catch (error) {
  if (!(error instanceof BuildUsageError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
