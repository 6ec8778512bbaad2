/**
 * The file of the built site that a site path reaches, as a static host such as Netlify finds it:
 * the query and fragment are not part of the file's name, the rest is percent-decoded, and a
 * folder (with or without its final '/') is served by its `index.html`. Never a file outside the
 * site folder, whatever '..' the path holds.
 */
import { statSync } from "node:fs";
import path from "node:path";
import { percentDecode } from "./percent-decode.ts";

/** The file a path such as '/objectives/', '/objectives?x=1#y' or '/assets/a%20b.pdf' reaches, or undefined. */
export function siteFile(siteDir: string, sitePath: string): string | undefined {
  // A broken percent-encoding ('%zz') names no file, so nothing is there.
  const decoded = percentDecode(sitePath.replace(/[?#].*$/, ""));
  if (decoded === undefined) return undefined;
  const root = path.resolve(siteDir);
  const file = path.join(root, decoded);
  if (!isInside(root, file)) return undefined;
  return [file, path.join(file, "index.html")].find(isFile);
}

/** Whether a site path such as '/objectives/' or '/assets/report.pdf' is a page or file of the built site. */
export function existsInSite(siteDir: string, sitePath: string): boolean {
  return siteFile(siteDir, sitePath) !== undefined;
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    // Not there, not readable, or a name the file system refuses (a NUL byte).
    return false;
  }
}
