/**
 * For bad-input cases that a text replacement cannot express (bytes that are not UTF-8, whole
 * files, generated text): copies `_data`, lets `edit` rewrite one file's bytes, and runs the real
 * build on the copy, as a comms officer would.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { makeTempDir, PINNED_TODAY, PROJECT_ROOT, removeDir, runBuild } from "../helpers/build-hub.ts";
import type { BadBuild } from "./run-build.ts";

export function buildWithDataFile(file: string, edit: (source: Buffer) => Buffer | string): BadBuild {
  const workDir = makeTempDir("bad-data");
  try {
    const dataDir = path.join(workDir, "_data");
    const outputDir = path.join(workDir, "site");
    cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
    const target = path.join(dataDir, file);
    writeFileSync(target, edit(readFileSync(target)));
    const run = runBuild(["--data", dataDir, "--output", outputDir, "--today", PINNED_TODAY]);
    return {
      status: run.status,
      stderr: run.stderr,
      file: path.relative(PROJECT_ROOT, target).split(path.sep).join("/"),
      outputExists: existsSync(outputDir),
      stackTrace: /^\s+at /m.test(run.stderr),
    };
  } finally {
    removeDir(workDir);
  }
}
