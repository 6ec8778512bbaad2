/**
 * Site search: Pagefind indexes the hub's built pages and writes its bundle (the index, its
 * WebAssembly and the component UI's script and styles) into the hub's `pagefind/` folder, before
 * the links are checked and the pages gated, so the search page and what it loads are checked as
 * they will be published. Only each page's `data-pagefind-body` (the content column of the pages in
 * the collections, site/_includes/layouts/base.njk) is indexed, with the filters it names.
 *
 * The bundle keeps only what the search page loads: Pagefind also writes its default and modular
 * UIs and a highlighting script, which no page uses, and a site should not publish files it does
 * not serve a purpose for (they would also be more for the gate's cache to read).
 */
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import * as pagefind from "pagefind";

/** Where under the hub the bundle is written; the component UI finds it from its own script's address. */
export const SEARCH_BUNDLE_FOLDER = "pagefind";

/** Pagefind writes these, and no page loads them. */
const UNUSED_BUNDLE_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-highlight.js",
];

export interface SearchIndexResult {
  /** The pages Pagefind indexed. */
  pageCount: number;
  seconds: number;
}

export class SearchIndexError extends Error {}

/** Indexes the HTML pages in `hubDir` (the hub's folder of the built site) into `hubDir/pagefind/`. */
export async function indexSearch(hubDir: string): Promise<SearchIndexResult> {
  const started = performance.now();
  try {
    // The hub's pages are in English, whatever a page's lang says, so all of them are one index.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index) throw failure("could not start indexing", errors);
    const added = await index.addDirectory({ path: path.resolve(hubDir) });
    if (added.errors.length > 0) throw failure(`could not index the pages in ${hubDir}`, added.errors);
    const outputPath = path.resolve(hubDir, SEARCH_BUNDLE_FOLDER);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw failure(`could not write the index to ${outputPath}`, written.errors);
    for (const file of UNUSED_BUNDLE_FILES) rmSync(path.join(outputPath, file), { force: true });
    return { pageCount: indexedPages(outputPath), seconds: (performance.now() - started) / 1000 };
  } finally {
    // Pagefind runs as a child process; left running, it would keep the build from exiting.
    await pagefind.close();
  }
}

/**
 * The pages in the index, as the bundle's entry file counts them: addDirectory counts every HTML
 * file it read, those without a `data-pagefind-body` (the 404 page, the search page) too.
 */
function indexedPages(outputPath: string): number {
  const entry = JSON.parse(readFileSync(path.join(outputPath, "pagefind-entry.json"), "utf8")) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

function failure(what: string, errors: string[]): SearchIndexError {
  return new SearchIndexError(`Site search (Pagefind) ${what}: ${errors.join("; ") || "no reason given"}.`);
}
