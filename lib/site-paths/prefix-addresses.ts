/**
 * Every site-relative address in a page ('/policies/', '/assets/css/…') written under the hub's
 * base path ('/equality/policies/'), for a hub that is a section of its organisation's main site.
 * Addresses in the data, the markdown and the templates stay the hub's own, so one set of pages
 * builds at any base path.
 *
 * Only the addresses change: the page is not parsed into a tree and written out again (Eleventy's
 * HtmlBasePlugin does that, and writes `hidden` as `hidden=""`, which the gate rejects). htmlparser2
 * finds each start tag, as the link check's scanner does; the attributes inside that one tag are
 * then read with the HTML syntax for attributes, which is regular within a tag.
 */
import { Parser } from "htmlparser2";
import { ALL_ADDRESS_ATTRIBUTES } from "./address-attributes.ts";
import { withBasePath } from "./base-path.ts";

/** One attribute in a start tag: its name, then a double-quoted, single-quoted or bare value. */
const ATTRIBUTE = /(\s)([^\s"'>/=]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+)/g;

export function addressesUnderBasePath(html: string, basePath: string): string {
  if (basePath === "/") return html;
  const edits: { start: number; end: number; text: string }[] = [];
  const parser = new Parser(
    {
      onopentag(element) {
        const wanted = ALL_ADDRESS_ATTRIBUTES[element];
        if (!wanted) return;
        const start = parser.startIndex;
        const tag = html.slice(start, parser.endIndex + 1);
        const rewritten = tag.replace(
          ATTRIBUTE,
          (whole, space: string, name: string, equals: string, value: string) => {
            if (!(wanted as readonly string[]).includes(name.toLowerCase())) return whole;
            const quote = value.startsWith('"') || value.startsWith("'") ? value[0] : "";
            const inner = quote ? value.slice(1, -1) : value;
            const moved =
              name.toLowerCase() === "srcset" ? srcsetUnder(inner, basePath) : addressUnder(inner, basePath);
            return `${space}${name}${equals}${quote}${moved}${quote}`;
          },
        );
        if (rewritten !== tag) edits.push({ start, end: parser.endIndex + 1, text: rewritten });
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  let out = "";
  let from = 0;
  for (const edit of edits) {
    out += html.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  return out + html.slice(from);
}

/** '/x' is the hub's; '//host/x' is another site, and 'x', '#x' and 'https:…' are left as they are. */
function addressUnder(address: string, basePath: string): string {
  const leading = address.match(/^\s*/)?.[0] ?? "";
  const rest = address.slice(leading.length);
  if (!rest.startsWith("/") || rest.startsWith("//") || rest.startsWith("/\\")) return address;
  return leading + withBasePath(basePath, rest);
}

/** Each candidate of a srcset ('/a.png 1x, /b.png 2x') is an address with a descriptor after it. */
function srcsetUnder(srcset: string, basePath: string): string {
  return srcset
    .split(",")
    .map((candidate) =>
      candidate.replace(/^(\s*)(\S+)/, (_whole, space: string, url: string) => space + addressUnder(url, basePath)),
    )
    .join(",");
}
