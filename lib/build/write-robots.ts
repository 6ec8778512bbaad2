/**
 * `robots.txt`, which names the sitemap for search engines. It is read only at the root of a host,
 * so the build writes it at the root of the site folder, beside `_redirects`, whatever the base
 * path; it names the sitemap at its public address under `siteUrl`. A hub that is a section of its
 * organisation's main site is not that host's root when the main site serves it: README.md ("A hub
 * under a path") asks for the same Sitemap line in the main site's own robots.txt.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { publicUrl } from "../filters/public-url.ts";

export const ROBOTS_FILE = "robots.txt";

/**
 * Every page may be crawled: the hub is public, and a closed organisation's is a public record.
 * `disallow`: paths that are not the hub's pages, such as the editing forms at /admin/.
 */
export function robotsFileText(siteUrl: string, disallow: string[] = []): string {
  return [
    "# Written by equality-hub at each build.",
    "User-agent: *",
    ...(disallow.length ? disallow.map((address) => `Disallow: ${address}`) : ["Disallow:"]),
    "",
    `Sitemap: ${publicUrl("/sitemap.xml", siteUrl)}`,
    "",
  ].join("\n");
}

export function writeRobotsFile(siteDir: string, siteUrl: string, disallow: string[] = []): void {
  writeFileSync(path.join(siteDir, ROBOTS_FILE), robotsFileText(siteUrl, disallow));
}
