/**
 * One `npm run check` of the example hub in a child process, as an editor runs it, timed from
 * outside (so starting Node and tsx is included), with the figure the check prints itself ("in
 * 1.9 s", measured from Node starting). The check writes only into a temporary folder it removes.
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

export interface CheckTiming {
  /** From starting the process to its exit. */
  wallSeconds: number;
  /** What the check's last line says it took. */
  ownSeconds: number;
  /** Pages the check rendered and checked. */
  pages: number;
}

export async function timedCheck(today: string): Promise<CheckTiming> {
  const args = ["--import", "tsx", "scripts/check.ts", "--today", today];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, CI: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const wallSeconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`The bench's npm run check failed (exit ${status}):\n${output}`);
  const last = / of (\d+) pages(?: under \S+)? for \S+ in ([\d.]+) s;/.exec(output);
  if (!last) throw new Error(`The bench could not read the check's time from its last line:\n${output}`);
  return { wallSeconds, ownSeconds: Number(last[2]), pages: Number(last[1]) };
}
