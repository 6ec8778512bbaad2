/**
 * Where a hub's files live unless the build is told otherwise: written once, here, for the build
 * command, the plugin and `.eleventy.ts`.
 */
export interface HubFolders {
  /** The hub's templates (layouts, components, data-driven pages) and assets: Eleventy's input. */
  input: string;
  /** The YAML data files. */
  data: string;
  /**
   * The hub's own prose pages (markdown). The example ICB keeps them beside the templates in
   * `site/`; another example hub keeps them in its own folder, and the templates come from `site/`.
   */
  pages: string;
}

export const DEFAULT_FOLDERS = { input: "site", data: "_data", pages: "site" } as const satisfies HubFolders;

/** The example hubs besides the one at the top level, one folder each with `_data/` and `pages/`. */
export const EXAMPLES_DIR = "examples";

/** Where the published site goes. */
export const DEFAULT_OUTPUT_DIR = "_site";

/**
 * Eleventy's own folders, relative to the input folder. Our YAML is loaded and validated by the
 * hub, not by Eleventy, so Eleventy's data folder is one that does not exist.
 */
export const ELEVENTY_DIRECTORIES = { includes: "_includes", data: "_eleventy-data" } as const;
