/**
 * Takes the screenshots of published pages in docs/images/result-*.png, for the editors' guide
 * (docs/editing-content.md): what a reader sees after each task. `npx tsx scripts/result-screenshots.ts`.
 * It renders the example hubs into temporary folders for a fixed day, so the pictures match the
 * guide's dates, and photographs the part of each page the guide talks about in Chromium. The
 * tests never run it: screenshots are documentation, and the gate checks the pages themselves.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer, { type Browser } from "puppeteer";
import { checkContent } from "../lib/build/check-content.ts";
import { renderSite } from "../lib/build/render-site.ts";
import { BROWSER_ARGS, findBrowser } from "../lib/gate/find-browser.ts";
import { serveStatic } from "../lib/gate/serve-static.ts";

const TODAY = "2026-11-23";
const OUT = "docs/images";

interface Shot {
  /** The page's address in the hub. */
  address: string;
  /** The picture's name: docs/images/result-<name>.png. */
  name: string;
  /** The text of the heading (h1 to h3) to start the picture at; default the top of the page. */
  from?: string;
}

interface Hub {
  dataDir: string;
  pagesDir: string;
  shots: Shot[];
}

const HUBS: Hub[] = [
  {
    dataDir: "_data",
    pagesDir: "site",
    shots: [
      { address: "/policies/conflicts-of-interest/", name: "policy" },
      { address: "/eds-scorecard/", name: "eds-scorecard", from: "Overall rating" },
      { address: "/publication-schedule/", name: "publication-schedule" },
      { address: "/engagement/", name: "engagement" },
    ],
  },
  {
    dataDir: "examples/closed-ccg/_data",
    pagesDir: "examples/closed-ccg/pages",
    shots: [{ address: "/", name: "closed-organisation" }],
  },
];

async function photograph(browser: Browser, hub: Hub): Promise<void> {
  const content = checkContent(hub.dataDir, "site", hub.pagesDir, TODAY);
  if (!content.ok) throw new Error(`${hub.dataDir} does not validate: run npm run check`);
  const site = mkdtempSync(path.join(os.tmpdir(), "equality-hub-result-shots-"));
  const server = await serveStatic(site);
  try {
    await renderSite({ inputDir: "site", pagesDir: hub.pagesDir, outputDir: site, hub: content.hub, today: TODAY });
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    for (const shot of hub.shots) {
      await page.goto(`${server.origin}${shot.address}`, { waitUntil: "load" });
      if (shot.from) {
        // A string, not a function: tsx would wrap a named function in a helper the page lacks.
        const found = (await page.evaluate(`(() => {
          const heading = [...document.querySelectorAll("h1, h2, h3")].find(
            (candidate) => candidate.textContent.trim() === ${JSON.stringify(shot.from)});
          if (heading) heading.scrollIntoView({ block: "start" });
          return heading !== undefined;
        })()`)) as boolean;
        if (!found) throw new Error(`No heading '${shot.from}' on ${shot.address}`);
      }
      const file = path.join(OUT, `result-${shot.name}.png`);
      await page.screenshot({ path: file });
      console.log(`Wrote ${file}`);
    }
    await page.close();
  } finally {
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
}

const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
try {
  for (const hub of HUBS) await photograph(browser, hub);
} finally {
  await browser.close();
}
