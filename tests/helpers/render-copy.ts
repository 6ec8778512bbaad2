/**
 * Renders a copy of the hub, its pages and data, with Eleventy and no browser checks, in a child
 * process through render-copy-command.ts. For whole-site tests whose assertions are about what
 * Eleventy makes from changed data or pages. A gated build takes tens of seconds more, for checks such a test does
 * not assert; tests about the build command itself use runBuild.
 */
import { spawnSync } from "node:child_process";
import { PINNED_TODAY, PROJECT_ROOT, type BuildRun } from "./build-hub.ts";

export interface RenderOptions {
  /** Eleventy's input folder; default `site`. */
  inputDir?: string;
  /** The hub's markdown pages; default the input folder. */
  pagesDir?: string;
  /** The YAML folder; default `_data`. */
  dataDir?: string;
  outputDir: string;
  today?: string;
  /** A JSON file holding a GateResultsSummary to write into the accessibility statement. */
  gateResultsFile?: string;
}

/** Status 0 when the content checks pass and Eleventy renders; otherwise stderr says why, as the build would. */
export function renderCopy({
  inputDir,
  pagesDir,
  dataDir,
  outputDir,
  today = PINNED_TODAY,
  gateResultsFile,
}: RenderOptions): BuildRun {
  const args = ["--output", outputDir, "--today", today];
  if (inputDir) args.push("--input", inputDir);
  if (pagesDir) args.push("--pages", pagesDir);
  if (dataDir) args.push("--data", dataDir);
  if (gateResultsFile) args.push("--gate-results", gateResultsFile);
  const run = spawnSync(process.execPath, ["--import", "tsx", "tests/helpers/render-copy-command.ts", ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    timeout: 300_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Renders a data folder with the example's pages, for tests about what a page says rather than
 * whether it passes the checks. Throws with what the renderer printed if it fails.
 */
export function renderWithEleventy(dataDir: string, outputDir: string, today: string = PINNED_TODAY): void {
  const run = renderCopy({ dataDir, outputDir, today });
  if (run.status !== 0) throw new Error(`The copy did not build:\n${run.stdout}${run.stderr}`);
}
