/**
 * Eleventy configuration: thin by design. Everything the hub does is wired in lib/plugin.ts.
 * Run through tsx with `--config=.eleventy.ts`, since Eleventy does not look for a .ts config itself.
 * `npm run build` uses this file too, and adds the plugin first with the data it has loaded.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { DEFAULT_FOLDERS, ELEVENTY_DIRECTORIES } from "./lib/folders.ts";
import hubPlugin from "./lib/plugin.ts";

export default function (eleventyConfig: UserConfig): void {
  eleventyConfig.addPlugin(hubPlugin);
}

export const config = {
  // The build command passes its --input folder to Eleventy, which wins over this default.
  dir: { input: DEFAULT_FOLDERS.input, ...ELEVENTY_DIRECTORIES },
  // Markdown is content, not a template: authors' text is never run as Nunjucks.
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
  templateFormats: ["md", "njk"],
};
