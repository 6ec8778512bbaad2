/**
 * Which addresses in a page are this site's, and the path each one reaches. Internal means
 * site-relative (`/x/`), relative (`x/`, `../x`), same-page (`#x`), or an absolute address on the
 * organisation's own site (its `siteUrl`). mailto:, tel:, other sites and the like are not ours.
 */

export interface InternalAddress {
  /** The site path, percent-encoded as the URL parser leaves it, without query or fragment: `/policies/`. */
  path: string;
  /**
   * The fragment without '#' in the forms a browser tries against ids, in order: as written in the
   * address (percent-encoded by the URL parser) and percent-decoded. Undefined when there is none.
   */
  fragment?: string[];
}

/** A made-up origin to resolve relative addresses against; `.invalid` can never be a real site. */
const LOCAL_ORIGIN = "https://equality-hub.invalid";

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

export interface SiteAddress {
  origin: string;
  /** The site's path prefix without its final '/': '' for a site at the root of its domain. */
  prefix: string;
}

/** The organisation's siteUrl as an origin and path prefix, or undefined when not given or not a URL. */
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
 * The internal address `value` reaches from the page at `pageUrl` (a site path such as
 * `/policies/`), resolving relative addresses against `baseHref` when the page has one; undefined
 * when it is not this site's.
 */
export function resolveInternal(value: string, pageUrl: string, site?: SiteAddress, baseHref?: string): InternalAddress | undefined {
  const trimmed = value.trim();
  const pageBase = new URL(pageUrl, LOCAL_ORIGIN);
  let base: URL = pageBase;
  if (baseHref !== undefined) {
    const fromBase = toLocal(new URL(baseHref, pageBase), site);
    // A <base> on another site makes every relative address external.
    if (fromBase === undefined) return isAbsolute(trimmed) ? resolveAbsolute(trimmed, site) : undefined;
    base = fromBase;
  }
  if (isAbsolute(trimmed)) return resolveAbsolute(trimmed, site);
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  return toAddress(url);
}

function isAbsolute(value: string): boolean {
  return SCHEME.test(value) || /^[\\/]{2}/.test(value);
}

function resolveAbsolute(value: string, site?: SiteAddress): InternalAddress | undefined {
  let url: URL;
  try {
    // A protocol-relative '//host/x' takes the site's own scheme, which is https.
    url = new URL(value, "https://protocol-relative.invalid");
  } catch {
    return undefined;
  }
  const local = toLocal(url, site);
  return local === undefined ? undefined : toAddress(local);
}

/** An absolute URL on the organisation's site as one on the local origin, or undefined if elsewhere. */
function toLocal(url: URL, site?: SiteAddress): URL | undefined {
  if (url.origin === LOCAL_ORIGIN) return url;
  if (!site || (url.protocol !== "http:" && url.protocol !== "https:")) return undefined;
  // http:// and https:// on the same host are the same site to a reader.
  if (url.host !== new URL(site.origin).host) return undefined;
  if (site.prefix && url.pathname !== site.prefix && !url.pathname.startsWith(`${site.prefix}/`)) return undefined;
  const local = new URL(url.pathname.slice(site.prefix.length) || "/", LOCAL_ORIGIN);
  local.hash = url.hash;
  return local;
}

function toAddress(url: URL): InternalAddress {
  const address: InternalAddress = { path: url.pathname };
  // An empty fragment ('#' alone) is the top of the page, so it has nothing to check.
  if (url.hash.length > 1) {
    const raw = url.hash.slice(1);
    address.fragment = [...new Set([raw, safeDecode(raw)])];
  }
  return address;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
