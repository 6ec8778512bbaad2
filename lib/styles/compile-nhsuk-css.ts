/**
 * nhsuk-frontend's stylesheet with only its core and the components the hub uses
 * (nhsuk-components.ts), compiled from the Sass it ships. Its settings are left at nhsuk-frontend's
 * defaults, so icons are named from the root as in its own build ('/assets/images/…'; a hub under a
 * base path moves them with `stylesheetUnderBasePath`) and the font still comes from assets.nhs.uk.
 *
 * Compiling takes about a second, and a comms team rebuilds often, so the result is kept: in memory
 * for the life of the process (the dev server's rebuilds), and as a file in the build's cache folder
 * when it is given one. Either is keyed by the versions of sass and nhsuk-frontend and the list of
 * components, so an upgrade or a new component compiles afresh and a stale file is never read.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { nhsukFrontendDist } from "../nunjucks/create-environment.ts";

/** Bumped when what is compiled changes other than by the key's parts (options, the entry's shape). */
const FORMAT = "equality-hub-nhsuk-css/1";
/** The stylesheet's folder inside the cache folder: one file, the current key's. */
export const NHSUK_CSS_CACHE_FOLDER = "nhsuk-css";

const require = createRequire(import.meta.url);
const compiled = new Map<string, string>();

export interface CompileNhsukCssOptions {
  /** The build's cache folder (node_modules/.cache/equality-hub by default); none keeps it in memory only. */
  cacheDir?: string;
}

/** The compressed CSS of nhsuk-frontend's core and these components, in this order. */
export function compileNhsukCss(components: readonly string[], options: CompileNhsukCssOptions = {}): string {
  for (const name of components) {
    // A component is a folder name; anything else would be a path into the Sass, never wanted.
    if (!/^[a-z][a-z-]*$/.test(name)) throw new Error(`"${name}" is not an nhsuk-frontend component name.`);
  }
  const key = nhsukCssKey(components);
  const inMemory = compiled.get(key);
  if (inMemory !== undefined) return inMemory;
  const file = options.cacheDir ? path.join(options.cacheDir, NHSUK_CSS_CACHE_FOLDER, `${key}.css`) : undefined;
  let css = file ? readIfPresent(file) : undefined;
  if (css === undefined) {
    css = compile(components);
    if (file) keep(file, css);
  }
  compiled.set(key, css);
  return css;
}

/** What the compiled CSS depends on, as a hash: the tools' versions and the components. */
export function nhsukCssKey(components: readonly string[]): string {
  const parts = [FORMAT, `sass@${versionOf("sass")}`, `nhsuk-frontend@${versionOf("nhsuk-frontend")}`, ...components];
  return createHash("sha256").update(parts.join("\n")).digest("hex");
}

function compile(components: readonly string[]): string {
  // Loaded only when there is something to compile: a cached build never pays for sass itself.
  const sass = require("sass") as typeof import("sass");
  const source = ['@use "nhsuk/core";', ...components.map((name) => `@use "nhsuk/components/${name}";`)].join("\n");
  return sass.compileString(source, {
    loadPaths: [nhsukFrontendDist()],
    style: "compressed",
    // nhsuk-frontend's Sass is a dependency: its deprecation notices are for its authors, not an editor.
    quietDeps: true,
  }).css;
}

function versionOf(name: string): string {
  // sass's package.json is not among its exports, so it is found beside its entry point.
  const folder = path.dirname(require.resolve(name === "sass" ? "sass" : `${name}/package.json`));
  const manifest = JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8")) as { version?: string };
  return manifest.version ?? "unknown";
}

/** The kept stylesheet, or undefined when there is none (or an empty one, from a full disk). */
function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8") || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the file for this key and removes any other, so the folder never grows. A cache folder
 * that cannot be written (a read-only checkout) costs a compile next time, never the build.
 */
function keep(file: string, css: string): void {
  const folder = path.dirname(file);
  try {
    mkdirSync(folder, { recursive: true });
    for (const other of readdirSync(folder)) {
      if (other !== path.basename(file)) rmSync(path.join(folder, other), { force: true });
    }
    // Written beside it and renamed, so a build stopped halfway never leaves half a stylesheet.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, css);
    renameSync(partial, file);
  } catch {
    // Nothing to do: the stylesheet is still in memory for this build.
  }
}
