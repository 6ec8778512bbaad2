/** Every file of a built site, as sorted `/`-separated paths relative to its folder. */
import { readdirSync } from "node:fs";
import path from "node:path";
import { ADMIN_FOLDER } from "../../lib/cms/admin-files.ts";

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

/**
 * An HTML page of the hub, as opposed to the editing forms at `admin/` (lib/cms/admin-files.ts): a
 * third-party app with its own security headers, left out of the sitemap, search, the feed, the
 * link checks and the gate (docs/gate.md, "Not checked"). The build makes no page of its own there.
 */
export function isHubPage(file: string): boolean {
  return file.endsWith(".html") && !isAdminFile(file);
}

/** A file of the editing forms, at `admin/` in the hub's folder (under a base path, `equality/admin/`). */
export function isAdminFile(file: string): boolean {
  return new RegExp(`(^|/)${ADMIN_FOLDER}/`).test(file);
}
