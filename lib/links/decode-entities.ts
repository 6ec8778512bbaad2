/**
 * Character references in an attribute value, decoded as a browser would before it follows the
 * address. Templates and markdown-it write only the few below and numeric ones; any other named
 * reference is rare enough to hand to linkedom's full table rather than keep 2,000 names here.
 */
import { parseHTML } from "linkedom";

const COMMON: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeAttribute(value: string): string {
  if (!value.includes("&")) return value;
  let needsFullTable = false;
  const decoded = value.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z][a-zA-Z0-9]*));?/g, (match, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined || hex !== undefined) {
      const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? "", 16);
      // Out-of-range and surrogate references become U+FFFD, as in the HTML standard.
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : "\ufffd";
    }
    const common = name === undefined ? undefined : COMMON[name];
    if (common !== undefined && match.endsWith(";")) return common;
    needsFullTable = true;
    return match;
  });
  if (!needsFullTable) return decoded;
  const { document } = parseHTML(`<a title="${value.replaceAll('"', "&quot;")}"></a>`);
  return document.querySelector("a")?.getAttribute("title") ?? decoded;
}
