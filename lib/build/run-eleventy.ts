/**
 * Runs Eleventy with the project's config into a given folder and reports what it wrote. The data
 * the build has already loaded and validated goes to the plugin as its options, so it is read once
 * per build and nothing travels through the environment.
 */
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { LoadedHub } from "../data/hub.ts";
import { DEFAULT_FOLDERS } from "../folders.ts";
import hubPlugin, { type HubPluginOptions } from "../plugin.ts";
import { hubFolder, withBasePath } from "../site-paths/base-path.ts";

export interface BuiltPage {
  /** The address on the host, base path included: `/objectives/fair-access/`, or `/equality/objectives/fair-access/`. */
  url: string;
  /** File written, such as `<output>/objectives/fair-access/index.html`. */
  outputPath: string;
}

export interface RunEleventyOptions {
  /** The Eleventy input folder; `site` unless a test builds a copy. */
  inputDir?: string;
  /** The hub's markdown pages; the input folder unless the hub keeps its own (an example hub). */
  pagesDir?: string;
  /** The site folder: the host's root. A hub under a base path is built into its folder (lib/site-paths/base-path.ts). */
  outputDir: string;
  /** Where on its host the hub lives: '/' or a folder such as '/equality/'. */
  basePath?: string;
  /** The data as loaded and validated by lib/data/load-hub.ts. */
  hub: LoadedHub;
  today: string;
  /** The build's cache folder, for what Eleventy can reuse between builds (the plugin's `cacheDir`). */
  cacheDir?: string;
}

export async function runEleventy({
  inputDir = DEFAULT_FOLDERS.input,
  pagesDir = inputDir,
  outputDir,
  basePath = "/",
  hub,
  today,
  cacheDir,
}: RunEleventyOptions): Promise<BuiltPage[]> {
  const folders = { input: inputDir, pages: pagesDir };
  const eleventy = createEleventy(
    inputDir,
    hubFolder(outputDir, basePath),
    { hub, today, folders, basePath, cacheDir },
    "build",
  );
  // The build reports Eleventy's problems itself (describeEleventyError), without stack traces.
  eleventy.disableLogger();
  // write() answers [passthrough copies, templates]; only templates are pages.
  const [, templates] = await eleventy.write();
  return (
    templates
      .filter(
        (result): result is typeof result & { url: string; outputPath: string } =>
          typeof result.url === "string" && typeof result.outputPath === "string",
      )
      // Eleventy's page URLs leave out its pathPrefix; the host serves them under it.
      .map(({ url, outputPath }) => ({ url: withBasePath(basePath, url), outputPath }))
      .sort((a, b) => a.url.localeCompare(b.url))
  );
}

/**
 * Eleventy with the project's `.eleventy.ts`, these folders and the plugin given these options. The callback runs
 * before `.eleventy.ts`, so its addPlugin is the one that counts (the plugin is unique). `outputDir` is
 * where the hub's own files go: for a hub under a base path, that folder of the site.
 */
export function createEleventy(
  inputDir: string,
  outputDir: string,
  options: HubPluginOptions,
  runMode: "build" | "serve",
): Eleventy {
  const eleventy = new Eleventy(inputDir, outputDir, {
    configPath: ".eleventy.ts",
    quietMode: true,
    runMode,
    // Eleventy's pathPrefix: the plugin adds it to every address in the pages (lib/plugin.ts).
    pathPrefix: options.basePath ?? "/",
    config: (eleventyConfig: UserConfig) => eleventyConfig.addPlugin(hubPlugin, options),
  });
  // These folders win over `.eleventy.ts`'s defaults, as folders given on Eleventy's command line do.
  eleventy.directories.freeze();
  return eleventy;
}

/**
 * An Eleventy failure as a comms officer can act on it: each wrapped error's message in turn
 * ("Having trouble rendering njk template ./site/x.njk", then the cause), never a stack trace.
 */
export function describeEleventyError(error: unknown): string {
  const messages: string[] = [];
  let current: unknown = error;
  while (current instanceof Error && messages.length < 10) {
    const message = current.message.trim();
    if (message && !messages.includes(message)) messages.push(message);
    const wrapped = current as Error & { originalError?: unknown };
    current = wrapped.originalError ?? wrapped.cause;
  }
  if (messages.length === 0) return String(error);
  return messages.map((message, index) => (index === 0 ? message : `  because: ${message}`)).join("\n");
}
