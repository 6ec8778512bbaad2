/**
 * Every external http(s) address in a published site, with the pages that use it, for
 * `npm run links:external`. Reads every HTML file in the folder (the published site has no list
 * of pages beside it) with the same scanner as the internal check.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pageUrlForFile } from "../site-paths/page-url.ts";
import { resolveInternal } from "../site-paths/resolve-address.ts";
import { parseSiteUrl, type SiteAddress } from "../site-paths/site-url.ts";
import { scanHtml } from "./scan-html.ts";
import { srcsetUrls } from "./srcset.ts";

export interface ExternalLink {
  /** The address without its fragment, which a server never sees: `https://www.nhs.uk/`. */
  url: string;
  /** Site URLs of the pages that use it, sorted: `/policies/`. */
  pages: string[];
}

/**
 * The hub's own address, from the sitemap the build writes (its shortest `<loc>` is the home
 * page), so the command needs no data folder beside the published site. Undefined without one.
 */
export function siteUrlFromSitemap(siteDir: string): string | undefined {
  const file = path.join(siteDir, "sitemap.xml");
  if (!existsSync(file)) return undefined;
  const locs = [...readFileSync(file, "utf8").matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => match[1] ?? "");
  const home = locs.sort((a, b) => a.length - b.length)[0];
  return home ? home.replace(/\/+$/, "") : undefined;
}

export function collectExternalLinks(siteDir: string, siteUrl?: string): ExternalLink[] {
  const site = parseSiteUrl(siteUrl);
  const files = readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .sort();
  const pagesByUrl = new Map<string, Set<string>>();
  for (const file of files) {
    const pageUrl = pageUrlForFile(file);
    const scan = scanHtml(readFileSync(path.join(siteDir, file), "utf8"));
    for (const { attribute, value } of scan.addresses) {
      for (const target of attribute === "srcset" ? srcsetUrls(value) : [value]) {
        const url = externalUrl(target, pageUrl, scan.baseHref, site);
        if (url === undefined) continue;
        const pages = pagesByUrl.get(url) ?? new Set<string>();
        pages.add(pageUrl);
        pagesByUrl.set(url, pages);
      }
    }
  }
  return [...pagesByUrl]
    .map(([url, pages]) => ({ url, pages: [...pages].sort() }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** The absolute http(s) address `value` names, when it is not this site's own; otherwise undefined. */
function externalUrl(
  value: string,
  pageUrl: string,
  baseHref: string | undefined,
  site: SiteAddress | undefined,
): string | undefined {
  if (resolveInternal(value, pageUrl, site, baseHref)) return undefined;
  let url: URL;
  try {
    url = new URL(
      value.trim(),
      baseHref && /^https?:/i.test(baseHref) ? baseHref : "https://protocol-relative.invalid",
    );
  } catch {
    return undefined;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.hostname.endsWith(".invalid")) return undefined;
  url.hash = "";
  return url.href;
}
