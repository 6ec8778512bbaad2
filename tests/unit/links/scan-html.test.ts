/**
 * The scanner on pages written for each case. That it agrees with a DOM on every page of the
 * example hub is tested with the built hub, in tests/build/page-scanner.test.ts.
 */
import { describe, expect, it } from "vitest";
import { scanHtml } from "../../../lib/links/scan-html.ts";
import { srcsetUrls } from "../../../lib/links/srcset.ts";
import { withLinkedom, withScanner } from "../../helpers/scan-reference.ts";

describe("the page scanner", () => {
  it("reads quoted, single-quoted and bare values and character references as a DOM does", () => {
    const html = `<a href='/a/?x=1&amp;y=2'>A</a><a href=/b/>B</a><img alt="x > y" src="/c&#47;d.png"><a href="/e&nbsp;f&eacute;">E</a>`;
    expect(withScanner(html)).toEqual(withLinkedom(html));
    expect(withScanner(html).addresses).toEqual([
      "a href /a/?x=1&y=2",
      "a href /b/",
      "a href /e\u00a0fé",
      "img src /c/d.png",
    ]);
  });

  // Two cases where linkedom differs from browsers, so the HTML standard is the reference here.
  it("reads upper-case element and attribute names, and keeps the first of two same-named attributes", () => {
    const scan = scanHtml('<A HREF="/upper/">A</A><p ID="first" id="second">Text</p>');
    expect(scan.addresses).toEqual([{ element: "a", attribute: "href", value: "/upper/" }]);
    expect([...scan.ids]).toEqual(["first"]);
  });

  it("never reads links inside comments, scripts, styles or titles", () => {
    const html = `<title><a href="/t/"></title><!-- <a href="/old/"> --><script>document.write('<a href="/s/">')</script><style>a[href="/css/"]{}</style><a href="/real/">Real</a>`;
    expect(withScanner(html).addresses).toEqual(["a href /real/"]);
  });

  it("remembers the page's <base href>", () => {
    expect(scanHtml('<head><base href="/docs/"></head><a href="x/">X</a>').baseHref).toBe("/docs/");
  });
});

describe("srcset", () => {
  it("gives each candidate's address, keeping commas inside an address", () => {
    expect(srcsetUrls("/a.png 1x, /b.png 2x")).toEqual(["/a.png", "/b.png"]);
    expect(srcsetUrls("/small.jpg 480w,/large.jpg 800w")).toEqual(["/small.jpg", "/large.jpg"]);
    expect(srcsetUrls("/img,crop=1.png 2x")).toEqual(["/img,crop=1.png"]);
    expect(srcsetUrls("/only.png")).toEqual(["/only.png"]);
  });
});
