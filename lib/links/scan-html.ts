/**
 * One pass over a page's HTML for what the link check needs: the ids a fragment can point at and
 * every attribute that holds an address. A tokenizer rather than a DOM because a hub of 1,000 pages
 * is read on every build: on the example hub this is many times faster than linkedom's parseHTML,
 * and tests/unit/links/scan-html.test.ts checks it finds exactly what linkedom finds there.
 *
 * It follows the HTML tokenizer where it matters for addresses: comments, doctypes and end tags
 * are skipped; the text of script, style, textarea, title and the like is never read as tags;
 * attribute values may be double-quoted, single-quoted or bare; the first of two same-named
 * attributes wins; character references in values are decoded.
 */
import { decodeAttribute } from "./decode-entities.ts";

export interface AddressAttribute {
  /** Lower-case element name, such as `a` or `img`. */
  element: string;
  attribute: "href" | "src" | "srcset" | "action";
  /** The value as the browser reads it (character references decoded). */
  value: string;
}

export interface ScannedPage {
  /** Every `id`, and every `name` on an `a`: what `#fragment` can point at. */
  ids: Set<string>;
  addresses: AddressAttribute[];
  /** The first `<base href>`, which relative addresses resolve against instead of the page. */
  baseHref?: string;
}

/** Which attributes of which elements hold an address the site must have. */
const ADDRESS_ATTRIBUTES: Record<string, readonly AddressAttribute["attribute"][]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  img: ["src", "srcset"],
  script: ["src"],
  source: ["src", "srcset"],
  form: ["action"],
};

/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"]);

const TAG_NAME = /[a-zA-Z][^\s/>]*/y;
const ATTRIBUTE = /[\s/]*(?:([^\s/>=][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?)?/y;

export function scanHtml(html: string): ScannedPage {
  const page: ScannedPage = { ids: new Set(), addresses: [] };
  let at = 0;
  while (true) {
    const open = html.indexOf("<", at);
    if (open === -1) break;
    const next = html[open + 1];
    if (html.startsWith("<!--", open)) {
      const close = html.indexOf("-->", open + 4);
      at = close === -1 ? html.length : close + 3;
    } else if (next === "!" || next === "?" || next === "/") {
      const close = html.indexOf(">", open + 2);
      at = close === -1 ? html.length : close + 1;
    } else if (next !== undefined && /[a-zA-Z]/.test(next)) {
      TAG_NAME.lastIndex = open + 1;
      const name = (TAG_NAME.exec(html)?.[0] ?? "").toLowerCase();
      at = readAttributes(html, open + 1 + name.length, name, page);
      if (RAW_TEXT.has(name)) at = skipRawText(html, at, name);
    } else {
      at = open + 1;
    }
  }
  return page;
}

/** Reads a start tag's attributes up to its `>`, records what matters, and returns where the tag ends. */
function readAttributes(html: string, from: number, element: string, page: ScannedPage): number {
  const seen = new Set<string>();
  const wanted = ADDRESS_ATTRIBUTES[element];
  let at = from;
  while (at < html.length && html[at] !== ">") {
    ATTRIBUTE.lastIndex = at;
    const match = ATTRIBUTE.exec(html);
    if (!match || match[0].length === 0) {
      at += 1;
      continue;
    }
    at += match[0].length;
    const attribute = match[1]?.toLowerCase();
    if (attribute === undefined || seen.has(attribute)) continue;
    seen.add(attribute);
    const raw = match[2] ?? match[3] ?? match[4];
    if (raw === undefined) continue;
    const value = decodeAttribute(raw);
    if (attribute === "id" || (attribute === "name" && element === "a")) {
      if (value !== "") page.ids.add(value);
    } else if (element === "base" && attribute === "href") {
      page.baseHref ??= value;
    } else if (wanted?.includes(attribute as AddressAttribute["attribute"])) {
      page.addresses.push({ element, attribute: attribute as AddressAttribute["attribute"], value });
    }
  }
  return at + 1;
}

function skipRawText(html: string, from: number, name: string): number {
  const end = new RegExp(`</${name}[\\s/>]`, "gi");
  end.lastIndex = from;
  const match = end.exec(html);
  return match ? match.index : html.length;
}
