/**
 * `node --import tsx tests/helpers/render-site.ts <data> <output> <today>`: loads a data folder and
 * renders the site with Eleventy alone, as the build does before its checks. Run in a child process
 * because Eleventy reads `.eleventy.ts`, which needs tsx's loader. Prints the data errors and exits
 * 1 when the data does not load.
 */
import { formatDataErrors } from "../../lib/data/errors.ts";
import { loadHub } from "../../lib/data/load-hub.ts";
import { runEleventy } from "../../lib/build/run-eleventy.ts";

const [dataDir, outputDir, today] = process.argv.slice(2);
if (!dataDir || !outputDir || !today) throw new Error("usage: render-site.ts <data> <output> <today>");
const loaded = loadHub(dataDir);
if (!loaded.ok) {
  console.error(formatDataErrors(loaded.errors));
  process.exitCode = 1;
} else {
  await runEleventy({ outputDir, hub: loaded, today });
}
