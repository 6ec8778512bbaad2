/**
 * The build's content checks, in-process, on a copy of the example with one mistake in it: what
 * `npm run build` does before anything else (scripts/build.ts, step 2 in docs/architecture.md).
 * It loads the data (lib/data/load-hub.ts) and reads every page's front matter and lints its
 * markdown (lib/content/front-matter.ts), and if either finds a problem prints them all with
 * formatDataErrors and stops. `output` is that text, exactly as the build prints it, so a case
 * asserts the same file:line:column message and fix without starting a build, in milliseconds.
 *
 * That the build command then exits 1, writes no output folder and prints no stack trace is the
 * same for every such problem; the end-to-end cases assert it once per stage (run-build.ts).
 */
import path from "node:path";
import { readPages } from "../../lib/content/front-matter.ts";
import { formatDataErrors } from "../../lib/data/errors.ts";
import { loadHub } from "../../lib/data/load-hub.ts";
import { PINNED_TODAY, PROJECT_ROOT } from "../helpers/build-hub.ts";
import { replaceInData, rewriteDataFile, withEditedCopy, writePage, type Edit } from "./edited-copy.ts";

export interface ContentCheck {
  /** Whether the checks passed, so the build would go on to Eleventy. */
  ok: boolean;
  /** What the build prints when they do not (empty when they pass). */
  output: string;
  /** The edited file as the build names it: relative to the project root, with forward slashes. */
  file: string;
}

/**
 * The content checks on folders as the build is given them (`--data`, `--input`), on the day the
 * tests pin, as `npm run build -- --today` would check them.
 */
export function checkContent(dataDir: string, inputDir: string): { ok: boolean; output: string } {
  const loaded = loadHub(dataDir, PROJECT_ROOT, PINNED_TODAY);
  const read = readPages(inputDir, PROJECT_ROOT);
  const errors = [...(loaded.ok ? [] : loaded.errors), ...(read.ok ? [] : read.errors)];
  return { ok: errors.length === 0, output: errors.length === 0 ? "" : formatDataErrors(errors) };
}

function checkEditedCopy(edit: Edit): ContentCheck {
  return withEditedCopy(edit, ({ copy, file }) => {
    const dataDir = edit.folder === "_data" ? copy : path.join(PROJECT_ROOT, "_data");
    const inputDir = edit.folder === "site" ? copy : path.join(PROJECT_ROOT, "site");
    return { ...checkContent(dataDir, inputDir), file };
  });
}

/** Replaces `from` with `to` in one file of a copy of `_data`, and checks. */
export function checkWithMistake(file: string, from: string, to: string): ContentCheck {
  return checkEditedCopy(replaceInData(file, from, to));
}

/** For what a text replacement cannot express (bytes that are not UTF-8, generated files). */
export function checkWithDataFile(file: string, edit: (source: Buffer) => Buffer | string): ContentCheck {
  return checkEditedCopy(rewriteDataFile(file, edit));
}

/** Writes `source` to `relativePath` in a copy of `site/` (a new page, or over one), and checks. */
export function checkWithPage(relativePath: string, source: string | Buffer): ContentCheck {
  return checkEditedCopy(writePage(relativePath, source));
}

export { PAGE_START } from "./edited-copy.ts";
