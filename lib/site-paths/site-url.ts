/**
 * The organisation's `siteUrl` (organisation.yaml): an absolute link to it is a link to this site,
 * so it is checked like '/objectives/'. The hub may live at the root of its host or under a path
 * ('https://www.example.nhs.uk/equality/'); http:// and https:// on the same host are the same
 * site to a reader.
 */

export interface SiteAddress {
  origin: string;
  /** The site's path prefix without its final '/': '' for a site at the root of its host. */
  prefix: string;
}

/** The siteUrl as an origin and path prefix, or undefined when not given or not a URL. */
export function parseSiteUrl(siteUrl: string | undefined): SiteAddress | undefined {
  if (!siteUrl) return undefined;
  try {
    const url = new URL(siteUrl);
    return { origin: url.origin, prefix: url.pathname.replace(/\/+$/, "") };
  } catch {
    return undefined;
  }
}

/**
 * The site path (still percent-encoded) an absolute URL reaches on the organisation's site, with
 * the site's prefix taken off: 'https://www.example.nhs.uk/equality/objectives/' is '/objectives/'.
 * Undefined for another host, a path outside the prefix, or a scheme other than http(s).
 */
export function pathOnSite(url: URL, site: SiteAddress | undefined): string | undefined {
  if (!site || (url.protocol !== "http:" && url.protocol !== "https:")) return undefined;
  if (url.host !== new URL(site.origin).host) return undefined;
  const { prefix } = site;
  if (prefix && url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return undefined;
  return url.pathname.slice(prefix.length) || "/";
}
