/**
 * One `npm run build` of a hub in a child process, as a comms team runs it (CI=true, so progress
 * comes as lines), timed from outside: wall time includes starting Node and tsx. Also its peak
 * memory and the gate's own timings from the report the build writes.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sampleTreeMemory } from "./process-memory.ts";

export interface BuildTiming {
  /** From starting the process to its exit. */
  wallSeconds: number;
  /** What the build itself reports, from reading the data to publishing. */
  buildSeconds: number;
  htmlValidateSeconds: number;
  browserSeconds: number;
  pagesChecked: number;
  pagesFromCache: number;
  peakMemoryBytes: number | undefined;
}

export interface TimedBuildOptions {
  dataDir: string;
  inputDir: string;
  outputDir: string;
  cacheDir: string;
  today: string;
}

export async function timedBuild(options: TimedBuildOptions): Promise<BuildTiming> {
  const args = ["--import", "tsx", "scripts/build.ts", "--data", options.dataDir, "--input", options.inputDir];
  args.push("--output", options.outputDir, "--cache-dir", options.cacheDir, "--today", options.today);
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, CI: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const memory = sampleTreeMemory(child.pid!);
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const wallSeconds = (performance.now() - started) / 1000;
  const peakMemoryBytes = memory.stop();
  if (status !== 0) throw new Error(`The bench's build failed (exit ${status}):\n${output}`);
  const report = JSON.parse(readFileSync(`${path.resolve(options.outputDir)}-reports/gate-report.json`, "utf8")) as {
    pagesChecked: number;
    pagesFromCache: number;
    durationSeconds: { htmlValidate: number; pa11y: number };
  };
  const buildSeconds = Number(/ in ([\d.]+) s\. Reports/.exec(output)?.[1] ?? Number.NaN);
  return {
    wallSeconds,
    buildSeconds,
    htmlValidateSeconds: report.durationSeconds.htmlValidate,
    browserSeconds: report.durationSeconds.pa11y,
    pagesChecked: report.pagesChecked,
    pagesFromCache: report.pagesFromCache,
    peakMemoryBytes,
  };
}
