/**
 * Builds the example hub once, through the real build command, for every test file that reads
 * its pages (tests/helpers/example-site.ts). One build, gate included, instead of one per file.
 *
 * Two projects use this setup (`build` and `security`, vitest.config.ts), and vitest runs it once
 * for each of them in the same process, loading this module afresh each time. The first build is
 * kept on `globalThis` so the second project is handed the same site instead of building again;
 * its folder is removed once, by the first teardown, which runs after every test has finished.
 */
import type { ProvidedContext } from "vitest";
import type { TestProject } from "vitest/node";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { makeTempDir, PINNED_TODAY, PROJECT_ROOT, removeDir, runBuild } from "../helpers/build-hub.ts";

declare module "vitest" {
  export interface ProvidedContext {
    exampleSite: { dir: string; output: string; status: number | null; dataReads: Record<string, number> };
  }
}

type Built = { workDir: string; site: ProvidedContext["exampleSite"] };

const SHARED = Symbol.for("equality-hub.tests.example-site");
const shared = globalThis as typeof globalThis & { [SHARED]?: Built };

export default function setup(project: TestProject): (() => void) | undefined {
  const existing = shared[SHARED];
  if (existing) {
    project.provide("exampleSite", existing.site);
    return undefined;
  }
  const workDir = makeTempDir("example");
  const dir = `${workDir}/site`;
  // The build also counts how often it reads each data file (tests/build/reads-data-once.test.ts).
  const readsFile = path.join(workDir, "data-reads.json");
  const run = runBuild(["--today", PINNED_TODAY, "--output", dir], {
    NODE_OPTIONS: "--import=./tests/helpers/count-file-reads.mjs",
    COUNT_READS_UNDER: path.join(PROJECT_ROOT, "_data"),
    COUNT_READS_TO: readsFile,
  });
  const dataReads = existsSync(readsFile)
    ? (JSON.parse(readFileSync(readsFile, "utf8")) as Record<string, number>)
    : {};
  const built: Built = { workDir, site: { dir, output: run.stdout + run.stderr, status: run.status, dataReads } };
  shared[SHARED] = built;
  project.provide("exampleSite", built.site);
  return () => {
    removeDir(workDir);
    delete shared[SHARED];
  };
}
