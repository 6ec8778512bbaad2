/** Every file of a built site, as sorted `/`-separated paths relative to its folder. */
import { readdirSync } from "node:fs";
import path from "node:path";

export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/** The address a host serves an HTML file at: `objectives/index.html` -> `/objectives/`. */
export function pageAddress(file: string): string {
  if (file === "index.html") return "/";
  return file.endsWith("/index.html") ? `/${file.slice(0, -"index.html".length)}` : `/${file}`;
}
