/**
 * Runs the real build command on a copy of the example with one mistake in it, the way a comms
 * officer would meet the mistake: through `npm run build`'s entry point. The copy is of `_data`
 * (a data file edited) or of `site/` (a page written), and it is removed afterwards.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { makeTempDir, PINNED_TODAY, PROJECT_ROOT, removeDir, runBuild } from "../helpers/build-hub.ts";

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

interface Edit {
  /** `_data` or `site`: the folder copied, and passed to the build as `--data` or `--input`. */
  folder: "_data" | "site";
  /** The file to write, relative to that folder. */
  file: string;
  /** Its new contents, from its old ones (empty when the file is new). */
  write: (old: Buffer) => string | Buffer;
  /** Addresses whose built HTML the test wants to read. */
  urls?: string[];
}

function buildEditedCopy({ folder, file, write, urls = [] }: Edit): BadBuild {
  const workDir = makeTempDir("bad-input");
  try {
    const copy = path.join(workDir, folder);
    const outputDir = path.join(workDir, "output");
    cpSync(path.join(PROJECT_ROOT, folder), copy, { recursive: true });
    const target = path.join(copy, file);
    writeFileSync(target, write(existsSync(target) ? readFileSync(target) : Buffer.alloc(0)));

    const run = runBuild([folder === "_data" ? "--data" : "--input", copy, "--output", outputDir, "--today", PINNED_TODAY]);
    const html: Record<string, string> = {};
    for (const url of urls) {
      const page = path.join(outputDir, url, url.endsWith("/") ? "index.html" : "");
      if (existsSync(page)) html[url] = readFileSync(page, "utf8");
    }
    return {
      status: run.status,
      stderr: run.stderr,
      file: path.relative(PROJECT_ROOT, target).split(path.sep).join("/"),
      outputExists: existsSync(outputDir),
      stackTrace: /^\s+at /m.test(run.stderr),
      html,
    };
  } finally {
    removeDir(workDir);
  }
}

/** Replaces `from` with `to` in one file of a copy of `_data`, and builds. */
export function buildWithMistake(file: string, from: string, to: string): BadBuild {
  return buildEditedCopy({
    folder: "_data",
    file,
    write: (old) => {
      const source = old.toString("utf8");
      if (!source.includes(from)) throw new Error(`'${from}' is not in _data/${file}: update the test to match the example data`);
      return source.replace(from, to);
    },
  });
}

/** For what a text replacement cannot express (bytes that are not UTF-8, generated files). */
export function buildWithDataFile(file: string, edit: (source: Buffer) => Buffer | string): BadBuild {
  return buildEditedCopy({ folder: "_data", file, write: edit });
}

/** The front matter every test page starts with: a title and the usual layout, nothing else. */
export const PAGE_START = "---\ntitle: Writing test\nlayout: layouts/page.njk\n---\n\n";

/** Writes `source` to `relativePath` in a copy of `site/` (a new page, or over one), builds, and reads `urls`. */
export function buildWithPage(relativePath: string, source: string | Buffer, urls: string[] = []): BadBuild {
  return buildEditedCopy({ folder: "site", file: relativePath, write: () => source, urls });
}
