/**
 * Runs the real build command on a copy of the example data with one mistake in it, the way a
 * comms officer would meet the mistake: through `npm run build`'s entry point.
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
}

/** Copies `_data` to a temporary folder, replaces `from` with `to` in `file`, builds, and cleans up. */
export function buildWithMistake(file: string, from: string, to: string): BadBuild {
  const workDir = makeTempDir("bad-input");
  try {
    const dataDir = path.join(workDir, "_data");
    const outputDir = path.join(workDir, "site");
    cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
    const target = path.join(dataDir, file);
    const source = readFileSync(target, "utf8");
    if (!source.includes(from)) throw new Error(`'${from}' is not in _data/${file}: update the test to match the example data`);
    writeFileSync(target, source.replace(from, to));

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
