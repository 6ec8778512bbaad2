/**
 * Moving a finished build into place. The site is built into a staging folder beside the output
 * folder (so a rename never crosses file systems) and only a complete build replaces the old site.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

/** The staging folder for an output folder: a hidden sibling, such as `.\_site.staging`. */
export function stagingDirFor(outputDir: string): string {
  const resolved = path.resolve(outputDir);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.staging`);
}

/** Removes a leftover staging folder from an interrupted build and returns a clean path. */
export function prepareStagingDir(outputDir: string): string {
  const staging = stagingDirFor(outputDir);
  rmSync(staging, { recursive: true, force: true });
  return staging;
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
