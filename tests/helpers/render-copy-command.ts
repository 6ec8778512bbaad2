/**
 * The build command without its browser checks and without publishing, for tests whose assertions
 * are about what Eleventy makes (run by render-copy.ts, in its own process like the real build).
 * The same steps as scripts/build.ts up to Eleventy, with the same messages: the content checks,
 * then the site into the output folder (lib/build/render-site.ts: Eleventy and `_redirects`). With `--gate-results FILE` (a GateResultsSummary as JSON)
 * it then writes those results into the accessibility statement with the build's own writer.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { writeGateResults, type GateResultsSummary } from "../../lib/build/gate-results.ts";
import { describeEleventyError } from "../../lib/build/run-eleventy.ts";
import { renderSite } from "../../lib/build/render-site.ts";
import { checkContent } from "../../lib/build/check-content.ts";
import { formatDataErrors } from "../../lib/data/errors.ts";
import { DEFAULT_FOLDERS } from "../../lib/folders.ts";

const { values } = parseArgs({
  options: {
    input: { type: "string" },
    pages: { type: "string" },
    data: { type: "string" },
    output: { type: "string" },
    today: { type: "string" },
    "gate-results": { type: "string" },
  },
  strict: true,
});
const {
  input = DEFAULT_FOLDERS.input,
  pages: pagesDir = input,
  data = DEFAULT_FOLDERS.data,
  output,
  today,
  "gate-results": gateResults,
} = values;
if (!output || !today) throw new Error("render-copy-command needs --output and --today");

async function main(output: string, today: string): Promise<number> {
  const content = checkContent(data, input, pagesDir, today);
  if (!content.ok) {
    console.error(formatDataErrors(content.errors));
    return 1;
  }
  let pages;
  try {
    ({ pages } = await renderSite({ inputDir: input, pagesDir, outputDir: output, hub: content.hub, today }));
  } catch (error) {
    console.error(`The site could not be built:\n${describeEleventyError(error)}`);
    return 1;
  }
  if (gateResults) writeGateResults(pages, JSON.parse(readFileSync(gateResults, "utf8")) as GateResultsSummary, input);
  console.log(`Rendered ${pages.length} pages for ${today} to ${output}.`);
  return 0;
}

process.exitCode = await main(output, today);
