/**
 * `npm start`: the dev server. Takes the build's options (`--today`, `--data`, `--input`, and the
 * same environment variables) and `--port` (default 8080), rebuilds on every change to the pages
 * or the YAML and reloads the browser. It loads the data afresh on each rebuild and never runs
 * the publishing gate: the plugin says so after every rebuild, and indexes the pages for site
 * search as the build does. A rebuild whose data or pages have problems shows them in the browser,
 * for every page, with the build's messages, until a save fixes them (lib/serve/dev-errors.ts).
 */
import path from "node:path";
import { checkContent } from "../lib/build/check-content.ts";
import { BuildUsageError, parseBuildOptions } from "../lib/build/options.ts";
import { createEleventy } from "../lib/build/run-eleventy.ts";
import { formatDataErrors } from "../lib/data/errors.ts";
import { ELEVENTY_DIRECTORIES } from "../lib/folders.ts";
import { DevContentError, DevErrors } from "../lib/serve/dev-errors.ts";
import { takePortOption } from "../lib/serve/port-option.ts";
import { basePathOfSiteUrl, hubFolder } from "../lib/site-paths/base-path.ts";

try {
  const { port, rest } = takePortOption(process.argv.slice(2));
  const options = parseBuildOptions(rest, process.env);
  // Eleventy's watch needs a first build that passes, so problems at the start are printed as the
  // build prints them and the server does not start; after that, the browser shows them.
  const content = checkContent(options.dataDir, options.inputDir, options.pagesDir, options.today);
  if (!content.ok) {
    console.error(formatDataErrors(content.errors, "The dev server did not start"));
    process.exit(1);
  }
  // The base path is read once, at the start: the server serves the hub under it (a change to
  // siteUrl's path needs a restart). The plugin reads the data afresh on every rebuild.
  const basePath = options.basePath ?? basePathOfSiteUrl(content.hub.data.organisation.siteUrl);
  const devErrors = new DevErrors(basePath, path.join(options.inputDir, ELEVENTY_DIRECTORIES.includes));
  const eleventy = createEleventy(
    options.inputDir,
    hubFolder(options.outputDir, basePath),
    {
      today: options.today,
      folders: { input: options.inputDir, data: options.dataDir, pages: options.pagesDir },
      basePath,
      cacheDir: options.gateCacheDir,
      devErrors,
    },
    "serve",
  );
  // Eleventy only tells the browser's console of a failed rebuild; a reload shows the error page
  // (and, once a rebuild passes, Eleventy's own reload shows the site again).
  devErrors.onChange = () => {
    if (devErrors.failed) {
      console.error("[equality-hub] The site could not be rebuilt: the browser shows why until it is fixed.");
      void eleventy.eleventyServe.reload({});
    }
  };
  await eleventy.init();
  // A rebuild that fails in Eleventy itself, after the plugin's checks (a Nunjucks error in a
  // template), reaches only the dev server's sendError, which Eleventy calls for every failed
  // rebuild (Eleventy makes it in init); it is recorded on the way, so the browser shows that too.
  const serve = eleventy.eleventyServe;
  const sendError = serve.sendError.bind(serve);
  serve.sendError = async (event) => {
    devErrors.failInEleventy(event.error);
    await sendError(event);
  };
  await eleventy.watch();
  await eleventy.serve(port);
  process.on("SIGINT", () => void eleventy.stopWatch().then(() => (process.exitCode = 0)));
} catch (error) {
  // A file broken between the check above and the first build: its problems are printed already.
  if (error instanceof DevContentError) process.exit(1);
  if (!(error instanceof BuildUsageError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
