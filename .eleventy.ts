/**
 * Eleventy configuration: thin by design. Everything the hub does is wired in lib/plugin.ts.
 * Run through tsx with `--config=.eleventy.ts`, since Eleventy does not look for a .ts config itself.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import hubPlugin from "./lib/plugin.ts";

export default function (eleventyConfig: UserConfig): void {
  eleventyConfig.addPlugin(hubPlugin);
}

export const config = {
  dir: {
    // The build command sets HUB_INPUT_DIR when it builds another folder (tests build copies).
    input: process.env.HUB_INPUT_DIR ?? "site",
    includes: "_includes",
    // Our YAML lives at the top level and is loaded and validated by the plugin, not by Eleventy.
    data: "_eleventy-data",
  },
  // Markdown is content, not a template: authors' text is never run as Nunjucks.
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
  templateFormats: ["md", "njk"],
};
