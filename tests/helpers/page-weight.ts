/**
 * What a reader downloads for a page of a built site: its HTML and every stylesheet it links, each
 * gzipped as a host sends it. Level 6 is zlib's default and what Netlify's gzip is close to; it
 * gives slightly larger sizes than level 9, so a limit met here is met by a host that tries harder.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { withoutBasePath } from "../../lib/site-paths/base-path.ts";

export const GZIP_LEVEL = 6;

export interface PageWeight {
  /** Gzipped bytes of the page's HTML. */
  html: number;
  /** Gzipped bytes of each stylesheet it links, by address. */
  stylesheets: Record<string, number>;
  total: number;
}

/** `hubDir` is the hub's folder of the built site; `url` a hub address such as '/policies/'. */
export function pageWeight(hubDir: string, url: string, basePath = "/"): PageWeight {
  const file = url.endsWith("/") ? path.join(hubDir, url, "index.html") : path.join(hubDir, url);
  const html = readFileSync(file);
  const stylesheets: Record<string, number> = {};
  for (const match of html.toString("utf8").matchAll(/<link rel="stylesheet" href="([^"]+)">/g)) {
    const href = match[1] ?? "";
    stylesheets[href] = gzipped(readFileSync(path.join(hubDir, withoutBasePath(basePath, href) ?? href)));
  }
  const total = gzipped(html) + Object.values(stylesheets).reduce((sum, size) => sum + size, 0);
  return { html: gzipped(html), stylesheets, total };
}

function gzipped(data: Buffer): number {
  return gzipSync(data, { level: GZIP_LEVEL }).length;
}
