/** The page scanner where htmlparser2 alone would differ from a browser, or where decoding is subtle. */
import { describe, expect, it } from "vitest";
import { scanHtml } from "../../../lib/links/scan-html.ts";

function addresses(html: string): string[] {
  return scanHtml(html).addresses.map(({ element, attribute, value }) => `${element} ${attribute} ${value}`);
}

describe("the page scanner, at the edges", () => {
  it("never reads tags inside textarea, xmp, iframe, noembed or noframes, whose content a browser reads as text", () => {
    const html = ["textarea", "xmp", "iframe", "noembed", "noframes"]
      .map((name) => `<${name}><a href="/in-${name}/">x</a></${name}>`)
      .join("");
    expect(addresses(`${html}<a href="/after/">After</a>`)).toEqual(["a href /after/"]);
  });

  it("still reads the attributes of such an element itself", () => {
    expect([...scanHtml('<textarea id="comments"></textarea>').ids]).toEqual(["comments"]);
  });

  it("decodes character references by the HTML standard's attribute rules", () => {
    // '&copy=' is left alone in an attribute; '&#x80;' is the euro sign, as in windows-1252.
    expect(
      addresses('<a href="/x?a=1&copy=2&amp;b=3">X</a><a href="/price-&#x80;">Y</a><a href="/caf&eacute;/">Z</a>'),
    ).toEqual(["a href /x?a=1&copy=2&b=3", "a href /price-€", "a href /café/"]);
  });

  it("reads an attribute without a value as empty, as a DOM does", () => {
    expect(addresses("<a href>Here</a>")).toEqual(["a href "]);
  });
});
