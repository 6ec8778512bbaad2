/**
 * `npm start`: the dev server. Takes the build's options (`--today`, `--data`, `--input`, and the
 * same environment variables), rebuilds on every change to the pages or the YAML and reloads the
 * browser. It loads the data afresh on each rebuild and never runs the publishing gate: the plugin
 * says so after every rebuild, and indexes the pages for site search as the build does.
 */
import { BuildUsageError, parseBuildOptions } from "../lib/build/options.ts";
import { createEleventy } from "../lib/build/run-eleventy.ts";
import { loadHub } from "../lib/data/load-hub.ts";
import { basePathOfSiteUrl, hubFolder } from "../lib/site-paths/base-path.ts";

const PORT = 8080;

try {
  const options = parseBuildOptions(process.argv.slice(2), process.env);
  // The base path is read once, at the start: the server serves the hub under it (a change to
  // siteUrl's path needs a restart). The plugin reads the data afresh on every rebuild.
  const loaded = loadHub(options.dataDir);
  const basePath = options.basePath ?? (loaded.ok ? basePathOfSiteUrl(loaded.data.organisation.siteUrl) : "/");
  const eleventy = createEleventy(
    options.inputDir,
    hubFolder(options.outputDir, basePath),
    {
      today: options.today,
      folders: { input: options.inputDir, data: options.dataDir, pages: options.pagesDir },
      basePath,
      cacheDir: options.gateCacheDir,
    },
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
