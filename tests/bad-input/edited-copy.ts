/**
 * A copy of the example with one mistake in it: of `_data` (a data file edited) or of `site/` (a
 * page written), in a temporary folder that is removed afterwards. Shared by the in-process cases
 * (check-content.ts) and the end-to-end ones (run-build.ts), so both meet the same mistake.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { makeTempDir, PROJECT_ROOT, removeDir } from "../helpers/build-hub.ts";

export interface Edit {
  /** `_data` or `site`: the folder copied, and passed to the build as `--data` or `--input`. */
  folder: "_data" | "site";
  /** The file to write, relative to that folder. */
  file: string;
  /** Its new contents, from its old ones (empty when the file is new). */
  write: (old: Buffer) => string | Buffer;
}

export interface EditedCopy {
  /** The temporary folder holding the copy; anything else the test writes goes here too. */
  workDir: string;
  /** The copied folder, with the edit made. */
  copy: string;
  /** The edited file as the build names it: relative to the project root, with forward slashes. */
  file: string;
}

/** Makes the copy, runs `use` on it, and removes it whatever happens. */
export function withEditedCopy<Result>({ folder, file, write }: Edit, use: (copy: EditedCopy) => Result): Result {
  const workDir = makeTempDir("bad-input");
  try {
    const copy = path.join(workDir, folder);
    cpSync(path.join(PROJECT_ROOT, folder), copy, { recursive: true });
    const target = path.join(copy, file);
    writeFileSync(target, write(existsSync(target) ? readFileSync(target) : Buffer.alloc(0)));
    return use({ workDir, copy, file: path.relative(PROJECT_ROOT, target).split(path.sep).join("/") });
  } finally {
    removeDir(workDir);
  }
}

/** Replaces `from` with `to` in one file of `_data`. */
export function replaceInData(file: string, from: string, to: string): Edit {
  return {
    folder: "_data",
    file,
    write: (old) => {
      const source = old.toString("utf8");
      if (!source.includes(from))
        throw new Error(`'${from}' is not in _data/${file}: update the test to match the example data`);
      return source.replace(from, to);
    },
  };
}

/** For what a text replacement cannot express (bytes that are not UTF-8, generated files). */
export function rewriteDataFile(file: string, edit: (source: Buffer) => Buffer | string): Edit {
  return { folder: "_data", file, write: edit };
}

/** Writes `source` to `relativePath` in `site/`: a new page, or over one. */
export function writePage(relativePath: string, source: string | Buffer): Edit {
  return { folder: "site", file: relativePath, write: () => source };
}

/** The front matter every test page starts with: a title and the usual layout, nothing else. */
export const PAGE_START = "---\ntitle: Writing test\nlayout: layouts/page.njk\n---\n\n";
