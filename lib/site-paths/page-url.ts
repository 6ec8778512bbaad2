/**
 * The address a static host serves a built HTML file at, the reverse of site-file.ts: a folder's
 * `index.html` is the folder's address with its final '/'.
 */
import path from "node:path";

/** `policies/index.html` (relative to the site folder) is `/policies/`; `404.html` is `/404.html`. */
export function pageUrlForFile(relativeFile: string): string {
  const url = `/${relativeFile.split(path.sep).join("/")}`;
  return url.endsWith("/index.html") ? url.slice(0, -"index.html".length) : url;
}
