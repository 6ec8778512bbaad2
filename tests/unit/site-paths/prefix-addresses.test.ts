import { describe, expect, it } from "vitest";
import { addressesUnderBasePath } from "../../../lib/site-paths/prefix-addresses.ts";

const under = (html: string) => addressesUnderBasePath(html, "/equality/");

describe("addresses in a page under a base path", () => {
  it("puts every site-relative address of links, images, scripts, stylesheets and forms under it", () => {
    expect(
      under(
        '<link rel="stylesheet" href="/assets/css/app.css"><a href="/policies/#current">P</a><img src="/assets/chart.png" alt=""><script src="/assets/js/app.js"></script><form action="/search/" method="get"></form>',
      ),
    ).toBe(
      '<link rel="stylesheet" href="/equality/assets/css/app.css"><a href="/equality/policies/#current">P</a><img src="/equality/assets/chart.png" alt=""><script src="/equality/assets/js/app.js"></script><form action="/equality/search/" method="get"></form>',
    );
  });

  it("changes nothing else in the page, so boolean attributes stay as they were written", () => {
    const html = '<li class="nhsuk-header__menu" hidden><a class="x" href="/">Home</a></li>';
    expect(under(html)).toBe('<li class="nhsuk-header__menu" hidden><a class="x" href="/equality/">Home</a></li>');
  });

  it("leaves relative, same-page, protocol-relative and absolute addresses alone", () => {
    const html =
      '<a href="../objectives/">A</a><a href="#top">B</a><a href="//cdn.example/x">C</a><a href="https://www.nhs.uk/">D</a><a href="mailto:a@example.nhs.uk">E</a>';
    expect(under(html)).toBe(html);
  });

  it("reads single-quoted and bare values, and each candidate of a srcset", () => {
    expect(under("<a href='/contact/'>C</a><a href=/legal-duties/>L</a>")).toBe(
      "<a href='/equality/contact/'>C</a><a href=/equality/legal-duties/>L</a>",
    );
    expect(under('<img srcset="/a.png 1x, /b.png 2x" src="/a.png" alt="">')).toBe(
      '<img srcset="/equality/a.png 1x, /equality/b.png 2x" src="/equality/a.png" alt="">',
    );
  });

  it("never reads an address inside another attribute's value, a script or a comment", () => {
    const html =
      '<a title="see href=/x" data-href="/y" href="/z">Z</a><script>var a = "<a href=\\"/w\\">";</script><!-- <a href="/v"> -->';
    expect(under(html)).toBe(
      '<a title="see href=/x" data-href="/y" href="/equality/z">Z</a><script>var a = "<a href=\\"/w\\">";</script><!-- <a href="/v"> -->',
    );
  });

  it("leaves a page alone at the root of its host", () => {
    const html = '<a href="/policies/">P</a>';
    expect(addressesUnderBasePath(html, "/")).toBe(html);
  });
});
