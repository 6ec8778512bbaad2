/**
 * The example hub as built once for the whole test run (tests/setup/example-site.ts), pinned to
 * PINNED_TODAY. A test file that reads it gets its folder and the build's terminal output, and
 * fails with that output if the build did not publish.
 */
import { inject } from "vitest";

export interface ExampleSite {
  /** The published site folder. */
  dir: string;
  /** What the build printed, stdout then stderr. */
  output: string;
  /** How many times the build read each file of `_data/`, by file name. */
  dataReads: Record<string, number>;
}

export function exampleSite(): ExampleSite {
  const site = inject("exampleSite");
  if (site.status !== 0) throw new Error(`The example hub did not build:\n${site.output}`);
  return { dir: site.dir, output: site.output, dataReads: site.dataReads };
}
