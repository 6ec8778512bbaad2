/**
 * Every external http(s) address in a published site, with the pages that use it, for
 * `npm run links:external`. Reads every HTML file in the folder (the published site has no list
 * of pages beside it) with the same scanner as the internal check.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pageUrlForFile } from "../site-paths/page-url.ts";
import { resolveInternal } from "../site-paths/resolve-address.ts";
import { isUnderBasePath } from "../site-paths/base-path.ts";
import { parseSiteUrl, type SiteAddress } from "../site-paths/site-url.ts";
import { scanHtml } from "./scan-html.ts";
import { srcsetUrls } from "./srcset.ts";

export interface ExternalLink {
  /** The address without its fragment, which a server never sees: `https://www.nhs.uk/`. */
  url: string;
  /** Site URLs of the pages that use it, sorted: `/policies/`. */
  pages: string[];
}

/** Where the published hub is: its public address and its folder on the host. */
export interface HubLocation {
  /** `siteUrl` as the sitemap has it: the home page's address, such as 'https://www.example-icb.nhs.uk/equality'. */
  siteUrl: string;
  /** The folder of the site that holds the hub, as a base path: '/' or '/equality/' (lib/site-paths/base-path.ts). */
  basePath: string;
}

/**
 * The hub's own address, from the sitemap the build writes (its shortest `<loc>` is the home
 * page), and its base path, from where the sitemap is (a hub under '/equality/' has its sitemap
 * there), so the command needs no data folder beside the published site. Undefined without one.
 */
export function hubFromSitemap(siteDir: string): HubLocation | undefined {
  const sitemaps = readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "sitemap.xml")
    .sort((a, b) => a.split(path.sep).length - b.split(path.sep).length);
  const sitemap = sitemaps[0];
  if (sitemap === undefined) return undefined;
  const locs = [...readFileSync(path.join(siteDir, sitemap), "utf8").matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map(
    (match) => match[1] ?? "",
  );
  const home = locs.sort((a, b) => a.length - b.length)[0];
  if (!home) return undefined;
  const folder = path.dirname(sitemap).split(path.sep).join("/");
  return { siteUrl: home.replace(/\/+$/, ""), basePath: folder === "." ? "/" : `/${folder}/` };
}

/**
 * `hub` says where the hub is: an absolute address on its siteUrl is its own, and so is a
 * site-relative one under its base path; a site-relative one outside it ('/reports/annual.pdf' for
 * a hub at '/equality/') is another part of the host, checked here at the host's address.
 */
export function collectExternalLinks(siteDir: string, hub?: HubLocation): ExternalLink[] {
  const site = parseSiteUrl(hub?.siteUrl);
  const basePath = hub?.basePath ?? "/";
  const files = readdirSync(siteDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .sort();
  const pagesByUrl = new Map<string, Set<string>>();
  for (const file of files) {
    const pageUrl = pageUrlForFile(file);
    const scan = scanHtml(readFileSync(path.join(siteDir, file), "utf8"));
    for (const { attribute, value } of scan.addresses) {
      for (const target of attribute === "srcset" ? srcsetUrls(value) : [value]) {
        const url = externalUrl(target, pageUrl, scan.baseHref, site, basePath);
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
  basePath: string,
): string | undefined {
  const internal = resolveInternal(value, pageUrl, site, baseHref);
  if (internal && (internal.viaSiteUrl || isUnderBasePath(basePath, internal.path))) return undefined;
  // Another part of the hub's host, reached from the host's root.
  if (internal && site) return new URL(internal.path, site.origin).href;
  if (internal) return undefined;
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
