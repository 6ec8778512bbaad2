/**
 * Where a hub's files live unless the build is told otherwise: written once, here, for the build
 * command, the plugin and `.eleventy.ts`.
 */
export interface HubFolders {
  /** Pages, layouts and assets: Eleventy's input. */
  input: string;
  /** The YAML data files. */
  data: string;
}

export const DEFAULT_FOLDERS = { input: "site", data: "_data" } as const satisfies HubFolders;

/** Where the published site goes. */
export const DEFAULT_OUTPUT_DIR = "_site";

/**
 * Eleventy's own folders, relative to the input folder. Our YAML is loaded and validated by the
 * hub, not by Eleventy, so Eleventy's data folder is one that does not exist.
 */
export const ELEVENTY_DIRECTORIES = { includes: "_includes", data: "_eleventy-data" } as const;
