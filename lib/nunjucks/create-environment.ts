/**
 * The Nunjucks environment for every page: our includes first, then nhsuk-frontend's templates,
 * so pages extend "nhsuk/template.njk" and import its macros by their documented paths.
 * Autoescape stays on: only HTML we built or rendered from markdown is marked safe.
 */
import { createRequire } from "node:module";
import path from "node:path";
import nunjucks from "nunjucks";
import * as filters from "../filters/index.ts";
import { compileOnce } from "./compile-once.ts";

const require = createRequire(import.meta.url);

/** nhsuk-frontend's `dist` folder, found through Node's resolution rather than a fixed path. */
export function nhsukFrontendDist(): string {
  return path.join(path.dirname(require.resolve("nhsuk-frontend/package.json")), "dist");
}

export function createNunjucksEnvironment(includesDir: string): nunjucks.Environment {
  // The dev server must see template edits; a build reads each template once.
  const noCache = process.env.ELEVENTY_RUN_MODE === "serve" || process.env.ELEVENTY_RUN_MODE === "watch";
  const loader = new nunjucks.FileSystemLoader([includesDir, nhsukFrontendDist()], { noCache });
  const environment = new nunjucks.Environment(loader, {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
  // Eleventy compiles a layout again for every page that uses it; compile each source once.
  return compileOnce(environment);
}

/**
 * The same environment with the hub's filters, for rendering a component outside Eleventy (the
 * gate results written into the accessibility statement, and the render tests). Inside Eleventy
 * the plugin registers the filters through Eleventy instead, so every template language has them.
 */
export function createComponentEnvironment(includesDir: string): nunjucks.Environment {
  const environment = createNunjucksEnvironment(includesDir);
  for (const [name, filter] of Object.entries(filters))
    environment.addFilter(name, filter as (...args: unknown[]) => unknown);
  return environment;
}
