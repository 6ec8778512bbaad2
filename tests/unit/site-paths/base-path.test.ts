import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  basePathOfSiteUrl,
  hubFolder,
  isUnderBasePath,
  normaliseBasePath,
  stylesheetUnderBasePath,
  withBasePath,
  withoutBasePath,
} from "../../../lib/site-paths/base-path.ts";

describe("the base path of a siteUrl", () => {
  it("is the root for a hub at the root of its host, with or without a final slash", () => {
    expect(basePathOfSiteUrl("https://equality.example-icb.nhs.uk")).toBe("/");
    expect(basePathOfSiteUrl("https://equality.example-icb.nhs.uk/")).toBe("/");
  });

  it("is the path of a hub that is a section of its main site, as a folder", () => {
    expect(basePathOfSiteUrl("https://www.example-icb.nhs.uk/equality/")).toBe("/equality/");
    expect(basePathOfSiteUrl("https://www.example-icb.nhs.uk/equality")).toBe("/equality/");
    expect(basePathOfSiteUrl("https://www.example-icb.nhs.uk/about-us/equality-hub/")).toBe("/about-us/equality-hub/");
  });
});

describe("a base path given to the build", () => {
  it("is written as a folder however it is typed", () => {
    expect(normaliseBasePath("/equality")).toBe("/equality/");
    expect(normaliseBasePath("equality/")).toBe("/equality/");
    expect(normaliseBasePath("/")).toBe("/");
    expect(normaliseBasePath("")).toBe("/");
  });

  it("is refused when it is not a plain path on the host", () => {
    expect(normaliseBasePath("/equality hub/")).toBeUndefined();
    expect(normaliseBasePath("/../equality/")).toBeUndefined();
    expect(normaliseBasePath("/equality/?x=1")).toBeUndefined();
  });
});

describe("addresses under a base path", () => {
  it("puts the hub's own paths under it, and leaves them alone at the root", () => {
    expect(withBasePath("/equality/", "/policies/")).toBe("/equality/policies/");
    expect(withBasePath("/equality/", "/")).toBe("/equality/");
    expect(withBasePath("/", "/policies/")).toBe("/policies/");
  });

  it("takes the base path off a host path under it, and finds nothing outside it", () => {
    expect(withoutBasePath("/equality/", "/equality/policies/")).toBe("/policies/");
    expect(withoutBasePath("/equality/", "/equality")).toBe("/");
    expect(withoutBasePath("/equality/", "/reports/annual.pdf")).toBeUndefined();
    expect(withoutBasePath("/equality/", "/equality-old/")).toBeUndefined();
    expect(isUnderBasePath("/", "/reports/annual.pdf")).toBe(true);
  });

  it("keeps the hub in a folder of the site named by the base path", () => {
    expect(hubFolder("out", "/")).toBe("out");
    expect(hubFolder("out", "/about-us/equality/")).toBe(path.join("out", "about-us", "equality"));
  });
});

describe("a stylesheet under a base path", () => {
  it("moves its root-relative url() addresses under the base path, and no others", () => {
    const css =
      ".a{background:url(/assets/images/icon.svg)}.b{background:url('/assets/x.png')}.c{src:url(https://assets.nhs.uk/f.woff)}.d{background:url(images/y.png)}.e{background:url(//cdn.example/z.png)}";
    expect(stylesheetUnderBasePath(css, "/equality/")).toBe(
      ".a{background:url(/equality/assets/images/icon.svg)}.b{background:url('/equality/assets/x.png')}.c{src:url(https://assets.nhs.uk/f.woff)}.d{background:url(images/y.png)}.e{background:url(//cdn.example/z.png)}",
    );
    expect(stylesheetUnderBasePath(css, "/")).toBe(css);
  });
});
