/**
 * Builds the example hub once, through the real build command, for every test file that reads
 * its pages (tests/helpers/example-site.ts). One build, gate included, instead of one per file.
 */
import type { TestProject } from "vitest/node";
import { makeTempDir, PINNED_TODAY, removeDir, runBuild } from "../helpers/build-hub.ts";

declare module "vitest" {
  export interface ProvidedContext {
    exampleSite: { dir: string; output: string; status: number | null };
  }
}

export default function setup(project: TestProject): () => void {
  const workDir = makeTempDir("example");
  const dir = `${workDir}/site`;
  const run = runBuild(["--today", PINNED_TODAY, "--output", dir]);
  project.provide("exampleSite", { dir, output: run.stdout + run.stderr, status: run.status });
  return () => removeDir(workDir);
}
