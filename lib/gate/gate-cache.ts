/**
 * The gate's cache: which pages passed, so a rebuild checks only the pages that changed. A page is
 * remembered by a key made of everything its result depends on:
 *
 * - its HTML, byte for byte;
 * - every file a page can load from the site (stylesheets, scripts, fonts, images, the manifest),
 *   all of them together, so a change to any one re-checks every page; except the search bundle
 *   (the `pagefind/` folder, lib/build/index-search.ts), which changes whenever any page's words
 *   do, and which only the search page loads: it is in the key of the pages that load it, so an
 *   edit to one page re-checks that page and the search page, not every page; and except the open
 *   data files (`/data/*.json`, lib/open-data), which pages link to as downloads and never load, and
 *   which change with every edit to the data they hold;
 * - the rules and the tools: the versions of pa11y, axe-core, HTML_CodeSniffer and html-validate,
 *   our axe runner and .htmlvalidate.mjs as written, the standard, and the browser's version.
 *
 * Only pages that passed are remembered; a page with a problem is checked again every build. The
 * cache is one JSON file. One that cannot be read, or was written by another version of this
 * format, is ignored with a warning and every page is checked: it is never half-trusted.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { openDataPaths } from "../open-data/datasets.ts";
import { browserVersion } from "./find-browser.ts";
import { AXE_RUNNER, PA11Y_TEST_SETTINGS } from "./run-pa11y.ts";

/** Bumped whenever what a key covers changes, so an older cache is never read as this one. */
export const GATE_CACHE_FORMAT = "equality-hub-gate-cache/3";
export const GATE_CACHE_FILE = "gate-cache.json";
/** Netlify keeps node_modules between builds, and so does a CI job that caches it. */
export const DEFAULT_GATE_CACHE_DIR = path.join("node_modules", ".cache", "equality-hub");

/** The files a page can load from the site; documents such as PDFs are linked, never loaded. */
const LOADED_FILE = /\.(?:css|m?js|json|svg|png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf)$/i;

/** A file of Pagefind's bundle, with '/' between folders. */
const IN_SEARCH_BUNDLE = /(?:^|\/)pagefind\//;

/** A file at the top of the bundle's folder, not in its index, fragment and filter folders. */
const SEARCH_BUNDLE_TOP_FILE = /(?:^|\/)pagefind\/[^/]+$/;

/** A page that loads the search bundle names its script (site/search.njk). */
const LOADS_SEARCH_BUNDLE = /\/pagefind\/pagefind[\w.-]*\.js/;

const require = createRequire(import.meta.url);

export interface GateCacheFile {
  format: string;
  /** The rules, tools and browser the keys were made with (`gateFingerprint`). */
  fingerprint: string;
  /** Keys of the pages that passed. */
  passed: string[];
}

/** The cache for one build: what the last build passed, and what this one has seen pass. */
export class GateCache {
  readonly #previous: Set<string>;
  readonly #passed = new Set<string>();

  constructor(
    readonly file: string,
    readonly fingerprint: string,
    previous: Iterable<string> = [],
    /** Why the previous build's keys were not used, for the build to print; undefined when they were. */
    readonly warning?: string,
    /** searchBundleFingerprint(): in the keys of the pages that load the search bundle. */
    readonly searchBundle: string = "",
  ) {
    this.#previous = new Set(previous);
  }

  /** The key of a page with this HTML under this build's rules, tools and files. */
  keyFor(html: string | Buffer): string {
    const bundle = LOADS_SEARCH_BUNDLE.test(html.toString()) ? `\nsearch bundle ${this.searchBundle}` : "";
    return sha256(`${this.fingerprint}${bundle}\n${sha256(html)}`);
  }

  /** Whether a page with this key passed in an earlier build (or earlier in this one). */
  passedBefore(key: string): boolean {
    return this.#previous.has(key) || this.#passed.has(key);
  }

  /** Records that the page with this key passed in this build. */
  recordPass(key: string): void {
    this.#passed.add(key);
  }

  /** Writes the keys that passed in this build, and only those: a page that has gone is forgotten. */
  save(): void {
    const content: GateCacheFile = {
      format: GATE_CACHE_FORMAT,
      fingerprint: this.fingerprint,
      passed: [...this.#passed].sort(),
    };
    mkdirSync(path.dirname(this.file), { recursive: true });
    // Written beside it and renamed, so a build stopped halfway never leaves half a file.
    const partial = `${this.file}.${process.pid}.partial`;
    writeFileSync(partial, `${JSON.stringify(content)}\n`);
    renameSync(partial, this.file);
  }
}

/** Reads the cache in `dir` for a build whose rules, tools and files give `fingerprint`. */
export function openGateCache(dir: string, fingerprint: string, searchBundle = ""): GateCache {
  const file = path.join(dir, GATE_CACHE_FILE);
  if (!existsSync(file)) return new GateCache(file, fingerprint, [], undefined, searchBundle);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return new GateCache(file, fingerprint, [], unreadable(file, (error as Error).message), searchBundle);
  }
  if (!isCacheFile(parsed)) {
    const why = unreadable(file, `it is not a ${GATE_CACHE_FORMAT} file`);
    return new GateCache(file, fingerprint, [], why, searchBundle);
  }
  // Other rules, tools, files or browser: nothing it says applies, and that is expected, not a fault.
  if (parsed.fingerprint !== fingerprint) return new GateCache(file, fingerprint, [], undefined, searchBundle);
  return new GateCache(file, fingerprint, parsed.passed, undefined, searchBundle);
}

function unreadable(file: string, why: string): string {
  return `The gate's cache ${file} could not be used (${why}), so every page is checked; it is rewritten after this build.`;
}

function isCacheFile(value: unknown): value is GateCacheFile {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    candidate.format === GATE_CACHE_FORMAT &&
    typeof candidate.fingerprint === "string" &&
    Array.isArray(candidate.passed) &&
    candidate.passed.every((key) => typeof key === "string" && /^[0-9a-f]{64}$/.test(key))
  );
}

/**
 * Everything but a page's own HTML that its result depends on: the tools and rules (see the top
 * of this file), the browser, and every file a page can load from the site folder.
 */
export function gateFingerprint(siteDir: string, browserPath: string, projectRoot: string = process.cwd()): string {
  const parts = [
    GATE_CACHE_FORMAT,
    ...["pa11y", "axe-core", "@pa11y/html_codesniffer", "html-validate"].map((name) => `${name}@${versionOf(name)}`),
    `axe runner ${sha256(readFileSync(AXE_RUNNER))}`,
    `html-validate config ${sha256(readFileSync(path.join(projectRoot, ".htmlvalidate.mjs")))}`,
    // The axe tags are in the runner's file, hashed above.
    `standard ${PA11Y_TEST_SETTINGS.standard}`,
    `browser ${browserVersion(browserPath)}`,
    ...loadedFiles(siteDir).map((file) => `file ${file} ${sha256(readFileSync(path.join(siteDir, file)))}`),
  ];
  return sha256(parts.join("\n"));
}

function versionOf(name: string): string {
  const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version?: string };
  return manifest.version ?? "unknown";
}

/**
 * What the search page loads from Pagefind's bundle: the files at the top of its folder (scripts,
 * styles, WebAssembly, `pagefind-entry.json` and the `.pf_meta` file). The index and filter files in
 * its subfolders are named by the hash of their contents, and those names are in the `.pf_meta`
 * file, whose own name is in `pagefind-entry.json`: hashing the top files covers them all, without
 * reading thousands of fragments on a large hub. Empty when the site has no bundle.
 */
export function searchBundleFingerprint(siteDir: string): string {
  const files = siteFilesWhere(siteDir, (file) => SEARCH_BUNDLE_TOP_FILE.test(file));
  if (files.length === 0) return "";
  return sha256(files.map((file) => `file ${file} ${sha256(readFileSync(path.join(siteDir, file)))}`).join("\n"));
}

/** The site's loadable files, as sorted paths with '/' between folders, outside the search bundle. */
function loadedFiles(siteDir: string): string[] {
  return siteFilesWhere(
    siteDir,
    (file) => LOADED_FILE.test(file) && !IN_SEARCH_BUNDLE.test(file) && !isOpenDataFile(file),
  );
}

/** A hub under a base path has them in its folder ('equality/data/policies.json'). */
function isOpenDataFile(file: string): boolean {
  return OPEN_DATA_FILES.some((dataFile) => file === dataFile || file.endsWith(`/${dataFile}`));
}

const OPEN_DATA_FILES = openDataPaths().map((address) => address.slice(1));

/** The site's files whose paths (with '/' between folders) match, sorted; only those are stat'ed. */
function siteFilesWhere(siteDir: string, matches: (file: string) => boolean): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => matches(file) && statSync(path.join(siteDir, file)).isFile())
    .sort();
}

function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}
