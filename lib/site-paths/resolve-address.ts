/**
 * Which addresses in a page are this site's, and the site path each one reaches. Internal means
 * site-relative (`/x/`), relative (`x/`, `../x`), same-page (`#x`), or an absolute address on the
 * organisation's own site (site-url.ts). mailto:, tel:, other sites and the like are not ours.
 * The URL parser does the resolving, as a browser would: '..' never climbs above '/', and the
 * query is dropped. site-file.ts then finds the file a path names.
 */
import { percentDecodeOrKeep } from "./percent-decode.ts";
import { pathOnSite, type SiteAddress } from "./site-url.ts";

export interface InternalAddress {
  /** The site path, percent-encoded as the URL parser leaves it, without query or fragment: `/policies/`. */
  path: string;
  /**
   * The fragment without '#' in the forms a browser tries against ids, in order: as written in the
   * address (percent-encoded by the URL parser) and percent-decoded. Undefined when there is none.
   */
  fragment?: string[];
  /**
   * The address was absolute and counted as this site's only because it starts with `siteUrl`; its
   * path is then the hub's own ('/objectives/'), with siteUrl's path taken off.
   */
  viaSiteUrl?: true;
}

/** A made-up origin to resolve relative addresses against; `.invalid` can never be a real site. */
const LOCAL_ORIGIN = "https://equality-hub.invalid";

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

/**
 * The internal address `value` reaches from the page at `pageUrl` (a site path such as
 * `/policies/`), resolving relative addresses against `baseHref` when the page has one; undefined
 * when it is not this site's.
 */
export function resolveInternal(
  value: string,
  pageUrl: string,
  site?: SiteAddress,
  baseHref?: string,
): InternalAddress | undefined {
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
  if (local === undefined) return undefined;
  const address = toAddress(local);
  if (url.origin !== LOCAL_ORIGIN) address.viaSiteUrl = true;
  return address;
}

/** An absolute URL on the organisation's site as one on the local origin, or undefined if elsewhere. */
function toLocal(url: URL, site?: SiteAddress): URL | undefined {
  if (url.origin === LOCAL_ORIGIN) return url;
  const sitePath = pathOnSite(url, site);
  if (sitePath === undefined) return undefined;
  // Joined as text, so a path such as '//other.example/x' stays a path and never becomes a host.
  const local = new URL(`${LOCAL_ORIGIN}${sitePath}`);
  local.hash = url.hash;
  return local;
}

function toAddress(url: URL): InternalAddress {
  const address: InternalAddress = { path: url.pathname };
  // An empty fragment ('#' alone) is the top of the page, so it has nothing to check.
  if (url.hash.length > 1) {
    const raw = url.hash.slice(1);
    address.fragment = [...new Set([raw, percentDecodeOrKeep(raw)])];
  }
  return address;
}
