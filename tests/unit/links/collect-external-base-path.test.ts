/** `npm run links:external` on a hub that is a section of its organisation's main site. */
import { afterEach, describe, expect, it } from "vitest";
import { collectExternalLinks, hubFromSitemap } from "../../../lib/links/collect-external.ts";
import { removeDir } from "../../helpers/build-hub.ts";
import { makeSite, page } from "./temp-site.ts";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

const SITEMAP =
  '<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://www.example-icb.nhs.uk/equality/policies/</loc></url><url><loc>https://www.example-icb.nhs.uk/equality/</loc></url></urlset>';

function hubUnderEquality(body: string): string {
  const site = makeSite({ "/equality/": page(body) }, { "equality/sitemap.xml": SITEMAP });
  dirs.push(site.dir);
  return site.dir;
}

describe("external links of a hub under a base path", () => {
  it("finds the hub's address and its folder from where its sitemap is", () => {
    expect(hubFromSitemap(hubUnderEquality(""))).toEqual({
      siteUrl: "https://www.example-icb.nhs.uk/equality",
      basePath: "/equality/",
    });
  });

  it("checks the rest of the main site, however it is linked, and never the hub's own pages", () => {
    const dir = hubUnderEquality(
      '<a href="/reports/annual-report.pdf">Annual report</a> <a href="https://www.example-icb.nhs.uk/news/">News</a> <a href="/equality/policies/">Policies</a> <a href="https://www.example-icb.nhs.uk/equality/contact/">Contact</a>',
    );
    expect(collectExternalLinks(dir, hubFromSitemap(dir)).map((link) => link.url)).toEqual([
      "https://www.example-icb.nhs.uk/news/",
      "https://www.example-icb.nhs.uk/reports/annual-report.pdf",
    ]);
  });
});
