/**
 * The first step of every build: load and validate the data, and read and check every page's front
 * matter and markdown. All the problems of both come back together, so one run shows the comms team
 * every mistake.
 */
import { readPages, type PageSource } from "../content/front-matter.ts";
import type { DataError } from "../data/errors.ts";
import type { LoadedHub } from "../data/hub.ts";
import { loadHub } from "../data/load-hub.ts";

export type ContentResult = { ok: true; hub: LoadedHub; pages: PageSource[] } | { ok: false; errors: DataError[] };

/** `today`: the build's day, for the rules that turn on it (lib/data/integrity.ts). */
export function checkContent(dataDir: string, inputDir: string, pagesDir: string, today: string): ContentResult {
  const loaded = loadHub(dataDir, process.cwd(), today);
  const read = readPages(inputDir, process.cwd(), pagesDir);
  if (!loaded.ok || !read.ok)
    return { ok: false, errors: [...(loaded.ok ? [] : loaded.errors), ...(read.ok ? [] : read.errors)] };
  return { ok: true, hub: { data: loaded.data, files: loaded.files }, pages: read.pages };
}
