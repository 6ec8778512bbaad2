/**
 * Takes the screenshots of the editing forms in docs/images/cms-*.png (docs/cms.md, "Screenshots"),
 * for the editors' guide: `npx tsx scripts/cms-screenshots.ts`. It renders the example hub into a
 * temporary folder, points that copy's admin/config.yml at Sveltia CMS's `test-repo` backend (files
 * kept in the browser's origin private file system, no sign-in: its
 * src/lib/services/backends/fs/test.js), puts the example's data and pages there, and photographs
 * the forms in Chromium. Offline, the CMS's fonts (which it loads from cdn.jsdelivr.net) are
 * answered with the same fonts from the package's own npm/assets folder.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer, { type Page } from "puppeteer";
import { parse, stringify } from "yaml";
import { checkContent } from "../lib/build/check-content.ts";
import { renderSite } from "../lib/build/render-site.ts";
import { BROWSER_ARGS, findBrowser } from "../lib/gate/find-browser.ts";
import { serveStatic } from "../lib/gate/serve-static.ts";

const TODAY = "2026-11-23";
const OUT = "docs/images";
const FONTS = "node_modules/@sveltia/cms/npm/assets";

/** The example's data and pages, as repository paths, for the test backend's file system. */
function repositoryFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync("_data").filter((file) => file.endsWith(".yaml")))
    files[`_data/${name}`] = readFileSync(path.join("_data", name), "utf8");
  for (const name of readdirSync("site", { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".md")))
    files[`site/${name.split(path.sep).join("/")}`] = readFileSync(path.join("site", name), "utf8");
  return files;
}

function fontFor(url: string): Buffer | undefined {
  const family = ["source-sans-3", "noto-mono", "material-symbols-outlined"].find((name) => url.includes(name));
  const file = family && readdirSync(FONTS).find((name) => name.startsWith(family) && name.endsWith(".woff2"));
  return file ? readFileSync(path.join(FONTS, file)) : undefined;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens `hash` from the collection list, as an editor would, and photographs it once it has drawn;
 * `scrollTo` is the label of a field to bring into view first (the EDS grades under the outcomes).
 */
async function shoot(page: Page, hash: string, name: string, scrollTo?: string): Promise<void> {
  if (hash !== "#/collections/data") {
    await page.evaluate(() => (window.location.hash = "#/collections/data"));
    await pause(1500);
  }
  await page.evaluate((target) => (window.location.hash = target), hash);
  await pause(3500);
  if (scrollTo) {
    // A string, not a function: tsx would wrap a named function in a helper the page does not have.
    // The editor pane comes first in the page, and Sveltia heads each field with its label as an h4.
    const found = (await page.evaluate(`(() => {
      const heading = [...document.querySelectorAll("h4")].find((candidate) =>
        /^${scrollTo}\\s*\\*?$/.test(candidate.textContent.trim()),
      );
      if (heading) heading.scrollIntoView({ block: "start" });
      return heading !== undefined;
    })()`)) as boolean;
    if (!found) throw new Error(`No field labelled '${scrollTo}' at ${hash}`);
    await pause(1000);
  }
  await page.screenshot({ path: path.join(OUT, `cms-${name}.png`) });
  console.log(`Wrote ${OUT}/cms-${name}.png`);
}

async function main(): Promise<void> {
  const content = checkContent("_data", "site", "site", TODAY);
  if (!content.ok) throw new Error("The example hub does not validate: run npm run check");
  const site = mkdtempSync(path.join(os.tmpdir(), "equality-hub-cms-shots-"));
  const server = await serveStatic(site);
  const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
  try {
    await renderSite({ inputDir: "site", pagesDir: "site", outputDir: site, hub: content.hub, today: TODAY });
    const configFile = path.join(site, "admin/config.yml");
    const config = parse(readFileSync(configFile, "utf8")) as Record<string, unknown>;
    writeFileSync(configFile, stringify({ ...config, backend: { name: "test-repo" } }));

    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const url = request.url();
      if (url.startsWith(server.origin)) return void request.continue();
      const font = fontFor(url);
      // Fonts from another origin need CORS, as jsDelivr sends it.
      if (font)
        return void request.respond({
          status: 200,
          contentType: "font/woff2",
          headers: { "access-control-allow-origin": "*" },
          body: font,
        });
      void request.respond({ status: 204, body: "" });
    });
    await page.goto(`${server.origin}/admin/`, { waitUntil: "networkidle0" });
    await page.evaluate(async (files: Record<string, string>) => {
      const root = await (
        await navigator.storage.getDirectory()
      ).getDirectoryHandle("sveltia-cms-test", {
        create: true,
      });
      for (const [filePath, text] of Object.entries(files)) {
        const parts = filePath.split("/");
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    }, repositoryFiles());
    await page.reload({ waitUntil: "networkidle0" });
    const [button] = await page.$$("xpath/.//button[contains(., 'Work with Test Repository')]");
    if (!button) throw new Error("The CMS's sign-in page has no 'Work with Test Repository' button");
    await button.click();
    await pause(3000);

    await shoot(page, "#/collections/data", "collection-list");
    await shoot(page, "#/collections/data/entries/policies", "policies");
    await shoot(page, "#/collections/data/entries/outcomes", "outcomes", "Outcomes");
    await shoot(page, "#/collections/data/entries/publication-schedule", "publication-schedule");
    await shoot(page, "#/collections/data/entries/engagement", "engagement");
  } finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
}

await main();
