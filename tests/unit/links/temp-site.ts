/**
 * A small built site in a temporary folder, for the link checks: pages by site URL (each becomes
 * `index.html` in its folder, or the named file), plus any other files, and the page list the
 * build would pass.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BuiltPage } from "../../../lib/build/run-eleventy.ts";
import { makeTempDir } from "../../helpers/build-hub.ts";

export interface TempSite {
  dir: string;
  pages: BuiltPage[];
}

/** A page with the nhsuk skip link and main element, so `#maincontent` is there as on the real site. */
export function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Page</title></head><body><a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a><main id="maincontent">${body}</main></body></html>`;
}

export function makeSite(pages: Record<string, string>, files: Record<string, string> = {}): TempSite {
  const dir = makeTempDir("links");
  const built: BuiltPage[] = [];
  for (const [url, html] of Object.entries(pages)) {
    const outputPath = url.endsWith("/") ? path.join(dir, url, "index.html") : path.join(dir, url);
    mkdirSync(path.dirname(outputPath), { recursive: true });
    writeFileSync(outputPath, html);
    built.push({ url, outputPath });
  }
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return { dir, pages: built };
}
