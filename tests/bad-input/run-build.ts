/**
 * Runs the real build command on a copy of the example with one mistake in it, the way a comms
 * officer would meet the mistake: through `npm run build`'s entry point, in a child process.
 * Only the end-to-end cases use this, one per stage of the build (docs/testing.md); the others
 * check the content in-process (check-content.ts), since a whole build takes many seconds.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PINNED_TODAY, runBuild } from "../helpers/build-hub.ts";
import { replaceInData, rewriteDataFile, withEditedCopy, writePage, type Edit } from "./edited-copy.ts";

/** A whole build of the example hub; the bad-input project's own timeout is for in-process cases. */
export const BUILD_TIMEOUT = 120_000;

export interface BadBuild {
  status: number | null;
  stderr: string;
  /** The edited file as the build names it: relative to the project root, with forward slashes. */
  file: string;
  /** Whether the output folder exists after the build; a rejected build must not create it. */
  outputExists: boolean;
  /** Whether stderr has a stack trace line ("    at ..."). */
  stackTrace: boolean;
  /** The built HTML of each address asked for, read before the copy is removed. */
  html: Record<string, string>;
}

function buildEditedCopy(edit: Edit, urls: string[] = []): BadBuild {
  return withEditedCopy(edit, ({ workDir, copy, file }) => {
    const outputDir = path.join(workDir, "output");
    const run = runBuild([
      edit.folder === "_data" ? "--data" : "--input",
      copy,
      "--output",
      outputDir,
      "--today",
      PINNED_TODAY,
    ]);
    const html: Record<string, string> = {};
    for (const url of urls) {
      const page = path.join(outputDir, url, url.endsWith("/") ? "index.html" : "");
      if (existsSync(page)) html[url] = readFileSync(page, "utf8");
    }
    return {
      status: run.status,
      stderr: run.stderr,
      file,
      outputExists: existsSync(outputDir),
      stackTrace: /^\s+at /m.test(run.stderr),
      html,
    };
  });
}

/** Replaces `from` with `to` in one file of a copy of `_data`, and builds. */
export function buildWithMistake(file: string, from: string, to: string): BadBuild {
  return buildEditedCopy(replaceInData(file, from, to));
}

/** For what a text replacement cannot express (bytes that are not UTF-8, generated files). */
export function buildWithDataFile(file: string, edit: (source: Buffer) => Buffer | string): BadBuild {
  return buildEditedCopy(rewriteDataFile(file, edit));
}

/** Writes `source` to `relativePath` in a copy of `site/` (a new page, or over one), builds, and reads `urls`. */
export function buildWithPage(relativePath: string, source: string | Buffer, urls: string[] = []): BadBuild {
  return buildEditedCopy(writePage(relativePath, source), urls);
}

export { PAGE_START } from "./edited-copy.ts";
