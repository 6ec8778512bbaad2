/**
 * Whether a new page's address is free: no page already there (by its file's name or its
 * `permalink`), no folder of the hub's with that name (/policies/ is the policies section, /assets/
 * its styles), and no old address that redirects.yaml sends elsewhere. The answer says what holds
 * the address, so the editor can choose another title.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { listPageFiles, readPages } from "../content/front-matter.ts";
import type { Redirect } from "../schemas/redirects.ts";

/** A page file's own address, as Eleventy gives it: 'about.md' and 'about/index.md' are '/about/'. */
function addressOfFile(relative: string): string {
  const stem = relative.replace(/\.[^./]+$/, "").replace(/(?:^|\/)index$/, "");
  return stem === "" ? "/" : `/${stem}/`;
}

/** A permalink as an address: '/about/', 'about/index.html' and '/about' are '/about/'. */
function addressOfPermalink(permalink: string): string {
  const trimmed = permalink.replace(/^\/+/, "").replace(/(?:^|\/)index\.html$/, "");
  return `/${trimmed}`.replace(/([^/])$/, "$1/");
}

/** What already has `address` ('/about/'), in words, or undefined when it is free. */
export function addressTakenBy(
  address: string,
  { inputDir, pagesDir, redirects, root }: { inputDir: string; pagesDir: string; redirects: Redirect[]; root: string },
): string | undefined {
  const name = address.replace(/^\/|\/$/g, "");
  const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join("/");
  for (const dir of new Set([pagesDir, inputDir])) {
    const folder = path.resolve(root, dir, name);
    if (existsSync(folder))
      return `the hub's folder ${relative(folder)} is already there, and its pages are under ${address}`;
  }
  const pages = readPages(path.resolve(root, inputDir), root, path.resolve(root, pagesDir));
  const files = listPageFiles(path.resolve(root, inputDir), path.resolve(root, pagesDir));
  for (const absolute of files) {
    const file = relative(absolute);
    const base = absolute.startsWith(path.resolve(root, pagesDir) + path.sep) ? pagesDir : inputDir;
    const own = addressOfFile(path.relative(path.resolve(root, base), absolute).split(path.sep).join("/"));
    const permalink = pages.ok ? pages.pages.find((page) => page.file === file)?.frontMatter.permalink : undefined;
    const at = typeof permalink === "string" && !/\{\{|\{%/.test(permalink) ? addressOfPermalink(permalink) : own;
    if (at === address || own === address) return `the page ${file} is already at ${address}`;
  }
  const redirect = redirects.find((item) => item.from.replace(/\/?$/, "/") === address);
  if (redirect) {
    return `${address} is an old address that redirects.yaml sends to ${redirect.to}`;
  }
  return undefined;
}
