/**
 * The hub's base path: where on its host the hub lives. '/' for a hub at the root of its host
 * ('https://equality.example-icb.nhs.uk'); '/equality/' for one that is a section of the main site
 * ('https://www.example-icb.nhs.uk/equality/'). It comes from the path of `siteUrl`, or from the
 * build's `--base-path` (a deploy preview at the root of its own address). It is Eleventy's
 * `pathPrefix`: every address a page holds is written under it, and the built site keeps the hub in
 * a folder of that name (`_site/equality/`), so the site folder is the host's root and an address
 * names the file it reaches, whatever the base path.
 *
 * Addresses in the data and pages (`/contact/`) are the hub's own: the build adds the base path.
 */
import path from "node:path";

/** A base path as the build takes it: one leading and one final '/', plain path characters only. */
const BASE_PATH = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;

/**
 * '/equality' and 'equality/' are '/equality/'; '' and '/' are '/'. Undefined when it cannot be a
 * base path (spaces, '..', a query).
 */
export function normaliseBasePath(value: string): string | undefined {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, "");
  const candidate = trimmed === "" ? "/" : `/${trimmed}/`;
  if (!BASE_PATH.test(candidate)) return undefined;
  if (candidate.split("/").some((part) => part === "." || part === "..")) return undefined;
  return candidate;
}

/** The base path `siteUrl` gives: its path, as a folder. 'https://www.example.nhs.uk/equality' is '/equality/'. */
export function basePathOfSiteUrl(siteUrl: string): string {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(siteUrl).pathname);
  } catch {
    return "/";
  }
  return normaliseBasePath(pathname) ?? "/";
}

/** A hub path ('/policies/') as the host serves it ('/equality/policies/'). */
export function withBasePath(basePath: string, hubPath: string): string {
  if (basePath === "/") return hubPath;
  return `${basePath.slice(0, -1)}${hubPath.startsWith("/") ? hubPath : `/${hubPath}`}`;
}

/** A host path ('/equality/policies/') as the hub's ('/policies/'), or undefined when it is outside the hub. */
export function withoutBasePath(basePath: string, hostPath: string): string | undefined {
  if (basePath === "/") return hostPath;
  const prefix = basePath.slice(0, -1);
  if (hostPath === prefix) return "/";
  if (!hostPath.startsWith(basePath)) return undefined;
  return hostPath.slice(prefix.length);
}

/** Whether a host path ('/equality/x', '/reports/y.pdf') is one of the hub's. */
export function isUnderBasePath(basePath: string, hostPath: string): boolean {
  return withoutBasePath(basePath, hostPath) !== undefined;
}

/** The folder of the built site that holds the hub: the site folder itself, or its 'equality' folder. */
export function hubFolder(siteDir: string, basePath: string): string {
  return basePath === "/" ? siteDir : path.join(siteDir, ...basePath.split("/").filter(Boolean));
}

/**
 * A stylesheet with its root-relative `url(/…)` addresses moved under the base path, as the HTML's
 * are: nhsuk-frontend's names its icons as '/assets/images/…'.
 */
export function stylesheetUnderBasePath(css: string, basePath: string): string {
  if (basePath === "/") return css;
  return css.replace(/url\((\s*["']?)\/(?![/\\])/g, (_match, opening: string) => `url(${opening}${basePath}`);
}
