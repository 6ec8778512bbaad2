/**
 * When two site paths name the same page. Netlify matches a redirect with or without the final
 * '/', and readers type either, so '/a', '/a/' and '/a//' are one address; so are '/a%20b' and
 * '/a b', which name the same file.
 */
import { percentDecodeOrKeep } from "./percent-decode.ts";

/** The path without its final slashes: '/a/' and '/a//' are '/a'; the home page '/' stays '/'. */
export function withoutTrailingSlash(sitePath: string): string {
  return sitePath.length > 1 ? sitePath.replace(/\/+$/, "") || "/" : sitePath;
}

/** The form two site paths are compared in: percent-decoded where that is valid, without final slashes. */
export function addressKey(sitePath: string): string {
  return withoutTrailingSlash(percentDecodeOrKeep(sitePath));
}
