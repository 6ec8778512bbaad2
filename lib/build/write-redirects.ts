/**
 * Netlify's `_redirects` file, from redirects.yaml. The build writes it at the root of the site
 * folder, where Netlify reads it, after it has checked there are no loops (lib/data/integrity) and
 * that every new address is a page it made (check-targets.ts). Addresses in redirects.yaml are the
 * hub's own ('/old-page/'); for a hub under a base path they are written under it, and two more
 * lines send every other address under it to the hub's own 'page not found' page and the host's
 * root to the hub's home page (Netlify shows '/404.html' by itself only at the root).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Redirect } from "../schemas/redirects.ts";
import { withBasePath } from "../site-paths/base-path.ts";

export const REDIRECTS_FILE = "_redirects";

/** The file's text. The schema allows no spaces or line breaks in an address, so each is written as it is. */
export function redirectsFileText(redirects: Redirect[], basePath: string): string {
  const hostPath = (address: string) => (address.startsWith("/") ? withBasePath(basePath, address) : address);
  const lines = [
    "# Written by equality-hub from redirects.yaml at each build: edit that file, not this one.",
    ...redirects.map((redirect) => `${hostPath(redirect.from)}  ${hostPath(redirect.to)}  301`),
  ];
  if (basePath !== "/") {
    lines.push(`/  ${basePath}  302`, `${basePath}*  ${withBasePath(basePath, "/404.html")}  404`);
  }
  return `${lines.join("\n")}\n`;
}

export function writeRedirectsFile(siteDir: string, redirects: Redirect[], basePath: string): void {
  writeFileSync(path.join(siteDir, REDIRECTS_FILE), redirectsFileText(redirects, basePath));
}
