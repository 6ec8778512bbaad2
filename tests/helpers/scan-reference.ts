/**
 * The page scanner (lib/links/scan-html.ts) and a DOM, side by side: the ids and addresses each
 * finds in a page, in one sorted form, so a test can say the scanner agrees with the DOM.
 */
import { parseHTML } from "linkedom";
import { scanHtml } from "../../lib/links/scan-html.ts";

const SELECTOR =
  "a[href], area[href], link[href], img[src], img[srcset], script[src], source[src], source[srcset], form[action]";

export interface Found {
  ids: string[];
  addresses: string[];
}

/** What a DOM finds in a page: the reference the scanner must agree with. */
export function withLinkedom(html: string): Found {
  const { document } = parseHTML(html);
  const ids = new Set<string>();
  for (const element of document.querySelectorAll("[id]")) ids.add(element.getAttribute("id") ?? "");
  for (const element of document.querySelectorAll("a[name]")) ids.add(element.getAttribute("name") ?? "");
  ids.delete("");
  const addresses: string[] = [];
  for (const element of document.querySelectorAll(SELECTOR)) {
    for (const attribute of ["href", "src", "srcset", "action"]) {
      const value = element.getAttribute(attribute);
      if (value !== null) addresses.push(`${element.localName} ${attribute} ${value}`);
    }
  }
  return { ids: [...ids].sort(), addresses: addresses.sort() };
}

export function withScanner(html: string): Found {
  const scan = scanHtml(html);
  return {
    ids: [...scan.ids].sort(),
    addresses: scan.addresses.map(({ element, attribute, value }) => `${element} ${attribute} ${value}`).sort(),
  };
}
