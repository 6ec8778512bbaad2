/**
 * The equality hub as one Eleventy plugin. `.eleventy.ts` adds it; everything is wired here, in
 * labelled sections, in the manner of x-govuk's govuk-eleventy-plugin.
 *
 * Options come from the environment so the CLI, the dev server, Netlify and tests share one
 * interface: HUB_DATA_DIR (default `_data`), HUB_TODAY (default: today in Europe/London) and
 * HUB_INPUT_DIR (default `site`, the same folder Eleventy is given).
 */
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { loadHubOrThrow } from "./data/load-hub.ts";
import { resolveToday } from "./dates/today.ts";
import * as filters from "./filters/index.ts";
import { createMarkdown } from "./markdown/create-markdown.ts";
import { createNunjucksEnvironment, nhsukFrontendDist } from "./nunjucks/create-environment.ts";
import { buildSiteData } from "./site-data/build-site-data.ts";

export default function hubPlugin(eleventyConfig: UserConfig): void {
  const dataDir = process.env.HUB_DATA_DIR ?? "_data";
  const inputDir = process.env.HUB_INPUT_DIR ?? "site";
  const includesDir = path.join(inputDir, "_includes");
  const nhsuk = path.relative(process.cwd(), path.join(nhsukFrontendDist(), "nhsuk"));

  // Libraries
  eleventyConfig.setLibrary("njk", createNunjucksEnvironment(includesDir));
  eleventyConfig.setLibrary("md", createMarkdown());

  // Global data: loaded afresh on every build, so the dev server shows data edits.
  eleventyConfig.addGlobalData("hub", () => buildSiteData(loadHubOrThrow(dataDir), resolveToday(process.env.HUB_TODAY)));

  // Filters: one pure function each, registered under its export name.
  for (const [name, filter] of Object.entries(filters)) {
    eleventyConfig.addFilter(name, filter as (...args: unknown[]) => unknown);
  }

  // Shortcodes: none. Components are Nunjucks macros in site/_includes/components, in the
  // nhsuk-frontend manner, so templates import them like the design system's own.

  // Passthrough copy: the design system is served from the site itself, never a CDN.
  eleventyConfig.addPassthroughCopy({
    [`${nhsuk}/nhsuk-frontend.min.css`]: "assets/css/nhsuk-frontend.min.css",
    [`${nhsuk}/nhsuk-frontend.min.js`]: "assets/js/nhsuk-frontend.min.js",
    [`${nhsuk}/assets`]: "assets",
    [`${inputDir}/assets`]: "assets",
  });

  // Watch targets: the YAML lives outside Eleventy's input folder.
  eleventyConfig.addWatchTarget(dataDir);

  // Events: the dev server skips the publishing gate, and says so on every rebuild.
  eleventyConfig.on("eleventy.after", ({ runMode }: { runMode?: string }) => {
    if (runMode === "serve" || runMode === "watch") {
      console.warn("[equality-hub] Dev server: pages are NOT checked by html-validate and pa11y here. Run `npm run build` before publishing.");
    }
  });
}
