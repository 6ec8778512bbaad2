/**
 * Runs the real build command, as a comms officer would, into a temporary folder.
 * Used by the whole-build and bad-input tests; runCheck runs `npm run check` the same way, and
 * runNew `npm run new`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const PINNED_TODAY = "2026-11-23";

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runBuild(args: string[], env: NodeJS.ProcessEnv = {}): BuildRun {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    // Without a cache unless a test asks for one, so every test build checks every page as a
    // first build would, and none writes into the project's node_modules/.cache.
    env: { ...process.env, HUB_GATE_CACHE: "off", ...env },
    timeout: 600_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `npm run check`'s entry point as runBuild runs the build's; the check never opens a browser. */
export function runCheck(args: string[], env: NodeJS.ProcessEnv = {}): BuildRun {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/check.ts", ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, HUB_GATE_CACHE: "off", ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `npm run new`'s entry point as runBuild runs the build's. */
export function runNew(args: string[], env: NodeJS.ProcessEnv = {}): BuildRun {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/new.ts", ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function makeTempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `equality-hub-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The built page at a site URL such as `/objectives/`, as a DOM. */
export function readPage(outputDir: string, url: string): Document {
  const file = url.endsWith("/") ? path.join(outputDir, url, "index.html") : path.join(outputDir, url);
  return parseHTML(readFileSync(file, "utf8")).document as unknown as Document;
}

/** Text with runs of white space folded, as a reader would hear it. */
export function text(node: Element | Document | null | undefined): string {
  return (node?.textContent ?? "").replace(/\s+/g, " ").trim();
}
