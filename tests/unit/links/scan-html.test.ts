import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { scanHtml } from "../../../lib/links/scan-html.ts";
import { srcsetUrls } from "../../../lib/links/srcset.ts";
import { exampleSite } from "../../helpers/example-site.ts";

const SELECTOR = "a[href], area[href], link[href], img[src], img[srcset], script[src], source[src], source[srcset], form[action]";

/** What a DOM finds in a page: the reference the scanner must agree with. */
function withLinkedom(html: string) {
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

function withScanner(html: string) {
  const scan = scanHtml(html);
  return { ids: [...scan.ids].sort(), addresses: scan.addresses.map(({ element, attribute, value }) => `${element} ${attribute} ${value}`).sort() };
}

describe("the page scanner", () => {
  it("finds exactly the ids and addresses a DOM finds, on every page of the example hub", () => {
    const { dir } = exampleSite();
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const html = readFileSync(path.join(dir, file), "utf8");
      expect(withScanner(html), file).toEqual(withLinkedom(html));
    }
  });

  it("reads quoted, single-quoted and bare values and character references as a DOM does", () => {
    const html = `<a href='/a/?x=1&amp;y=2'>A</a><a href=/b/>B</a><img alt="x > y" src="/c&#47;d.png"><a href="/e&nbsp;f&eacute;">E</a>`;
    expect(withScanner(html)).toEqual(withLinkedom(html));
    expect(withScanner(html).addresses).toEqual(["a href /a/?x=1&y=2", "a href /b/", "a href /e\u00a0fé", "img src /c/d.png"]);
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
