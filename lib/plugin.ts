/**
 * The equality hub as one Eleventy plugin. `.eleventy.ts` adds it; everything is wired here, in
 * labelled sections, in the manner of x-govuk's govuk-eleventy-plugin. Options are documented in
 * docs/architecture.md ("Plugin options").
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { indexSearch } from "./build/index-search.ts";
import { listMarkdownPages } from "./content/front-matter.ts";
import { parseFrontMatter } from "./content/parse-front-matter.ts";
import type { LoadedHub } from "./data/hub.ts";
import { loadHubOrThrow } from "./data/load-hub.ts";
import { resolveToday } from "./dates/today.ts";
import * as filters from "./filters/index.ts";
import { DEFAULT_FOLDERS, ELEVENTY_DIRECTORIES, type HubFolders } from "./folders.ts";
import { createMarkdown } from "./markdown/create-markdown.ts";
import { createNunjucksEnvironment, nhsukFrontendDist } from "./nunjucks/create-environment.ts";
import { compileNhsukCss } from "./styles/compile-nhsuk-css.ts";
import { NHSUK_COMPONENTS } from "./styles/nhsuk-components.ts";
import { buildOpenData, type OpenDataView } from "./open-data/build-open-data.ts";
import { openDataPaths } from "./open-data/datasets.ts";
import { buildSiteData } from "./site-data/build-site-data.ts";
import { stylesheetUnderBasePath } from "./site-paths/base-path.ts";
import { addressesUnderBasePath } from "./site-paths/prefix-addresses.ts";
import type { DevErrors } from "./serve/dev-errors.ts";

export interface HubPluginOptions {
  /**
   * The data the build command already loaded and validated. Without it (the dev server) the
   * plugin loads `folders.data` itself, once per build, so edits to the YAML show on rebuild.
   */
  hub?: LoadedHub;
  /** The day statuses are worked out for, `YYYY-MM-DD`; default: today in Europe/London. */
  today?: string;
  /** Default: `site`, `_data`, and the pages in `site` (lib/folders.ts). */
  folders?: Partial<HubFolders>;
  /**
   * Where on its host the hub lives, such as '/equality/' (lib/site-paths/base-path.ts); default
   * '/'. It must be Eleventy's pathPrefix too: lib/build/run-eleventy.ts sets both.
   */
  basePath?: string;
  /**
   * The build's cache folder (`--cache-dir`), where the compiled nhsuk-frontend styles are kept
   * between builds (lib/styles/compile-nhsuk-css.ts). Default: none, so they are compiled once per
   * process and nothing is written (the tests' builds).
   */
  cacheDir?: string;
  /**
   * The dev server's error state (lib/serve/dev-errors.ts): given, each rebuild first checks the
   * data and the pages as the build does, and while they have problems the server answers every
   * page with an error page naming them. Default: none (a build checks them itself, first).
   */
  devErrors?: DevErrors;
}

export default function hubPlugin(eleventyConfig: UserConfig, options: HubPluginOptions = {}): void {
  const input = options.folders?.input ?? DEFAULT_FOLDERS.input;
  const folders: HubFolders = { ...DEFAULT_FOLDERS, pages: input, ...options.folders };
  const today = resolveToday(options.today);
  const includesDir = path.join(folders.input, ELEVENTY_DIRECTORIES.includes);
  const nhsuk = path.relative(process.cwd(), path.join(nhsukFrontendDist(), "nhsuk"));
  const basePath = options.basePath ?? "/";

  // Libraries
  eleventyConfig.setLibrary("njk", createNunjucksEnvironment(includesDir));
  eleventyConfig.setLibrary("md", createMarkdown());
  eleventyConfig.setFrontMatterParsingOptions({ engines: { yaml: parseFrontMatter } });

  // Pages: a hub whose prose pages live in a folder of their own (an example hub) gets them in place
  // of the ones beside the templates, at the same addresses, read from where the editor wrote them.
  const ownPagesFolder = path.resolve(folders.pages) !== path.resolve(folders.input);
  if (ownPagesFolder) {
    eleventyConfig.ignores.add(`${path.relative(process.cwd(), folders.input)}/**/*.md`);
    for (const file of listMarkdownPages(folders.pages)) {
      eleventyConfig.addTemplate(file, readFileSync(path.join(folders.pages, file), "utf8"), {});
    }
  }

  // Global data: what the build handed over, or loaded afresh on each dev server rebuild, and the
  // open data files worked out from the same site data, so they hold the values the pages show.
  eleventyConfig.addGlobalData("hub", () => {
    const data = (options.hub ?? loadHubOrThrow(folders.data, undefined, today)).data;
    const site = buildSiteData(data, today);
    return { ...site, openData: buildOpenData({ data, site }) };
  });

  // Filters: one pure function each, registered under its export name.
  for (const [name, filter] of Object.entries(filters)) {
    eleventyConfig.addFilter(name, filter as (...args: unknown[]) => unknown);
  }

  // Shortcodes: none. Components are Nunjucks macros in site/_includes/components, in the
  // nhsuk-frontend manner, so templates import them like the design system's own.

  // Base path: a hub that is a section of its organisation's main site ('/equality/') has every
  // address in its pages written under it, markdown and data links included. At the root of its
  // host there is nothing to rewrite, so nothing is added.
  if (basePath !== "/") {
    eleventyConfig.addTransform("addressesUnderBasePath", function (content) {
      const output = this.page.outputPath;
      return typeof output === "string" && output.endsWith(".html")
        ? addressesUnderBasePath(content, basePath)
        : content;
    });
  }

  // The design system's styles: its core and only the components the hub uses, compiled from its
  // Sass (lib/styles). They name their icons from the root ('/assets/images/…'), so under a base
  // path they are moved as the pages' addresses are. A template that prints the text as it is, so
  // none of it is read as Nunjucks.
  eleventyConfig.addTemplate("assets/nhsuk-frontend-css.njk", "{{ stylesheet | safe }}", {
    permalink: `/${NHSUK_CSS}`,
    eleventyExcludeFromCollections: true,
    stylesheet: stylesheetUnderBasePath(compileNhsukCss(NHSUK_COMPONENTS, { cacheDir: options.cacheDir }), basePath),
  });

  // Open data: each dataset's JSON, CSV and JSON Schema under /data/ (lib/open-data), one template
  // each that prints the text built with the site data as it is. A dataset the hub does not
  // publish (omittedBecause) has no text, and its templates write nothing.
  for (const url of openDataPaths()) {
    eleventyConfig.addTemplate(`open-data${url}.njk`, "{{ hub.openData.contents[openDataUrl] | safe }}", {
      eleventyExcludeFromCollections: true,
      openDataUrl: url,
      eleventyComputed: {
        permalink: (data: { hub: { openData: OpenDataView } }) => (url in data.hub.openData.contents ? url : false),
      },
    });
  }

  // Passthrough copy: the design system is served from the site itself, never a CDN.
  eleventyConfig.addPassthroughCopy({
    [`${nhsuk}/nhsuk-frontend.min.js`]: "assets/js/nhsuk-frontend.min.js",
    [`${nhsuk}/assets`]: "assets",
    [`${folders.input}/assets`]: "assets",
  });

  // Watch targets: the YAML lives outside Eleventy's input folder, and so may the pages.
  eleventyConfig.addWatchTarget(folders.data);
  if (ownPagesFolder) eleventyConfig.addWatchTarget(folders.pages);

  // Dev server errors: each rebuild checks the data and pages first, and a failed one is shown in
  // the browser for every page until a rebuild passes (lib/serve/dev-errors.ts).
  const { devErrors } = options;
  if (devErrors) {
    eleventyConfig.setServerOptions({ middleware: [devErrors.middleware()] });
    eleventyConfig.on("eleventy.before", () => devErrors.check(folders, today));
    eleventyConfig.on("eleventy.after", () => devErrors.pass());
  }

  // Events: the dev server skips the publishing gate, and says so on every rebuild. It indexes the
  // pages for site search as the build does (lib/build/index-search.ts), so its search page works;
  // a failure to index is reported and the server goes on, as a page with a problem does.
  eleventyConfig.on(
    "eleventy.after",
    async ({ runMode, directories }: { runMode?: string; directories?: { output?: string } }) => {
      if (runMode === "serve" || runMode === "watch") {
        if (directories?.output) {
          try {
            await indexSearch(directories.output);
          } catch (error) {
            console.error(`[equality-hub] ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        console.warn(
          "[equality-hub] Dev server: pages are NOT checked by html-validate and pa11y here. Run `npm run build` before publishing.",
        );
      }
    },
  );
}

/**
 * Where the design system's styles are served, under the hub: a name of their own, not
 * nhsuk-frontend's `nhsuk-frontend.min.css`, as they are not all of it.
 */
export const NHSUK_CSS = "assets/css/nhsuk-frontend-subset.min.css";

// The build command adds the plugin with the data it loaded before Eleventy reads `.eleventy.ts`,
// whose own addPlugin (with defaults, for the dev server) is then skipped: the first one wins.
hubPlugin.eleventyPluginOptions = { unique: true };
