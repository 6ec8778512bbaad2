/**
 * Moving a finished build into place. The site is built into a staging folder beside the output
 * folder (so a rename never crosses file systems) and only a complete build replaces the old site.
 */
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * The staging folder for an output folder and a build process: a hidden sibling such as
 * `._site.staging-4242`. One per process, so two builds started at once (an editor's and a
 * watcher's) never delete each other's half-built site; the last to pass is published.
 */
export function stagingDirFor(outputDir: string, pid: number = process.pid): string {
  const resolved = path.resolve(outputDir);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.staging-${pid}`);
}

/** Removes staging folders left by interrupted builds (their process has gone) and returns a clean path. */
export function prepareStagingDir(outputDir: string): string {
  const resolved = path.resolve(outputDir);
  const prefix = `.${path.basename(resolved)}.staging-`;
  const parent = path.dirname(resolved);
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    const pid = Number(name.slice(prefix.length).replace(/\.previous$/, ""));
    if (name.startsWith(prefix) && Number.isInteger(pid) && !isRunning(pid)) {
      rmSync(path.join(parent, name), { recursive: true, force: true });
    }
  }
  const staging = stagingDirFor(outputDir);
  rmSync(staging, { recursive: true, force: true });
  return staging;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Replaces `outputDir` with `stagingDir`. Where there is no old site this is one rename; otherwise
 * the old site is renamed aside first and removed only once the new one is in place.
 */
export function publishStagingDir(stagingDir: string, outputDir: string): void {
  const target = path.resolve(outputDir);
  if (!existsSync(target)) {
    renameSync(stagingDir, target);
    return;
  }
  const previous = `${stagingDir}.previous`;
  rmSync(previous, { recursive: true, force: true });
  renameSync(target, previous);
  renameSync(stagingDir, target);
  rmSync(previous, { recursive: true, force: true });
}

/** Removes a staging folder after a failed build, leaving the published site untouched. */
export function discardStagingDir(stagingDir: string): void {
  rmSync(stagingDir, { recursive: true, force: true });
}
