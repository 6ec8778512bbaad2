/**
 * Which link and image addresses a page may use. An allow-list rather than a block-list: there
 * are endless ways to disguise `javascript:` (mixed case, control characters inside the scheme,
 * entities, percent-encoding), and none of them can start with one of the few forms allowed here.
 *
 * markdown-it calls `validateLink` with the address after it has decoded entities and run
 * `normalizeLink` (percent-encoding), so the same check holds for the raw and the processed form.
 */

/**
 * White space, control characters, zero-width and bidirectional formatting characters, and
 * backslashes. Browsers strip or reinterpret these (a tab inside `java\tscript:` is removed, a
 * backslash is read as a slash), so an address holding one is never what it looks like.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job.
const DISGUISE = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\\]/u;

/** `https://` or `http://` followed by a host: not `https:///…`, which some browsers read as a path. */
const WEB = /^https?:\/\/[^/?#]/i;

/** An email address or telephone number. */
const CONTACT = /^(?:mailto|tel):[^/]/i;

/** A path on this site: one slash, not two (`//evil.example` is another site). */
const SITE_PATH = /^\/(?!\/)/;

/** A section of the same page. */
const FRAGMENT = /^#/;

/**
 * A backslash after markdown-it's percent-encoding (`/\evil.example` reaches `validateLink` as
 * `/%5Cevil.example`), and a site path that decodes to two slashes: harmless to a browser as
 * written, but never meant, so refused along with the forms they are disguising.
 */
const ENCODED_BACKSLASH = /%5c/i;
const ENCODED_SECOND_SLASH = /^\/%2f/i;

export function isAllowedLink(href: string): boolean {
  if (DISGUISE.test(href) || ENCODED_BACKSLASH.test(href) || ENCODED_SECOND_SLASH.test(href)) return false;
  return WEB.test(href) || CONTACT.test(href) || SITE_PATH.test(href) || FRAGMENT.test(href);
}

/** The wording the content lint and the docs use for the rule. */
export const ALLOWED_LINKS_IN_WORDS = "https://, http://, mailto:, tel: or /";
