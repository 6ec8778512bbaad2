/**
 * Peak memory of a process and everything it started (the build and its Chromium), sampled from
 * /proc. Proportional set size (Pss) shares each shared page among the processes that map it, so
 * the sum over the tree is what the build really holds, not Chromium's shared pages counted once
 * per tab. Where /proc is missing (not Linux) it reports nothing rather than a wrong figure.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";

export interface MemorySampler {
  /** Stops sampling; the peak in bytes, or undefined where /proc cannot be read. */
  stop(): number | undefined;
}

export function sampleTreeMemory(rootPid: number, everyMs = 250): MemorySampler {
  if (!existsSync("/proc/self/smaps_rollup")) return { stop: () => undefined };
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treePss(rootPid));
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

function treePss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += pssOf(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

function parentOf(pid: number): number | undefined {
  try {
    // The command name, in brackets, may itself hold spaces; the parent's id follows the state.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

function pssOf(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
