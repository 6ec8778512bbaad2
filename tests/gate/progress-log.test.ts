/**
 * A build of a hub just above the progress threshold, in a log (not a terminal, as on CI or
 * Netlify): html-validate and the browser checks each say how far they have got in a line at each
 * tenth of the way, and never rewrite a line.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROGRESS_MIN_PAGES } from "../../lib/gate/progress.ts";
import { generateHub } from "../../scripts/bench/generate-hub.ts";
import { makeTempDir, PINNED_TODAY, removeDir, runBuild, type BuildRun } from "../helpers/build-hub.ts";

let workDir: string;
let run: BuildRun;

beforeAll(() => {
  workDir = makeTempDir("progress-log");
  // The example hub's pages and 10 more: just above PROGRESS_MIN_PAGES, so the gate stays short.
  const hub = generateHub(path.join(workDir, "hub"), 10);
  run = runBuild([
    "--data",
    hub.dataDir,
    "--input",
    hub.inputDir,
    "--output",
    path.join(workDir, "site"),
    "--today",
    PINNED_TODAY,
  ]);
}, 400_000);

afterAll(() => removeDir(workDir));

describe("the build's progress in a log", () => {
  const linesOf = (label: string) => run.stdout.split("\n").filter((line) => line.startsWith(`${label}: `));

  it("passes the gate on a hub above the threshold", () => {
    expect(run.status, run.stderr).toBe(0);
    const [, built] = /Built (\d+) pages/.exec(run.stdout) ?? [];
    expect(Number(built)).toBeGreaterThanOrEqual(PROGRESS_MIN_PAGES);
  });

  it("says how far html-validate and the browser have got, ten lines each, ending at every page", () => {
    for (const label of ["HTML checks", "Browser checks"]) {
      const lines = linesOf(label);
      expect(lines, run.stdout).toHaveLength(10);
      expect(lines.every((line) => /: \d+ of \d+ pages \(\d+%\), [\d.]+ pages a second/.test(line))).toBe(true);
      expect(lines.at(-1)).toMatch(/: (\d+) of \1 pages \(100%\)/);
    }
    expect(run.stdout).not.toContain("\r");
  });
});
