/** Which addresses in a page are this site's, and the site path each reaches. */
import { describe, expect, it } from "vitest";
import { resolveInternal } from "../../../lib/site-paths/resolve-address.ts";
import { parseSiteUrl } from "../../../lib/site-paths/site-url.ts";

const ROOT_SITE = parseSiteUrl("https://equality.example.nhs.uk");
const PATH_SITE = parseSiteUrl("https://www.example.nhs.uk/equality/");

/** The site path `value` reaches from /policies/, or undefined when it is not this site's. */
function pathFrom(value: string, site = ROOT_SITE): string | undefined {
  return resolveInternal(value, "/policies/", site)?.path;
}

describe("resolveInternal", () => {
  it("resolves site-relative, relative and same-page addresses against the page", () => {
    expect([
      pathFrom("/objectives/"),
      pathFrom("../objectives/"),
      pathFrom("fair-access/"),
      pathFrom("#workforce"),
    ]).toEqual(["/objectives/", "/objectives/", "/policies/fair-access/", "/policies/"]);
  });

  it("drops the query from the path", () => {
    expect(resolveInternal("/objectives/?sort=name&x=1#outcomes", "/policies/")).toEqual({
      path: "/objectives/",
      fragment: ["outcomes"],
    });
  });

  it("keeps the path percent-encoded, encoding spaces and UTF-8 as a browser does", () => {
    expect([
      pathFrom("/assets/Annual report.pdf"),
      pathFrom("/assets/Annual%20report.pdf"),
      pathFrom("/café/"),
      pathFrom("/assets/a%2Fb.pdf"),
    ]).toEqual(["/assets/Annual%20report.pdf", "/assets/Annual%20report.pdf", "/caf%C3%A9/", "/assets/a%2Fb.pdf"]);
  });

  it("keeps a broken encoding as written, for the file lookup to refuse", () => {
    expect([pathFrom("/objectives/%E0%A4%A"), pathFrom("/100%/")]).toEqual(["/objectives/%E0%A4%A", "/100%/"]);
  });

  it("never climbs above the site's root, as a browser never does", () => {
    expect([pathFrom("../../../../etc/passwd"), pathFrom("/../objectives/"), pathFrom("/%2e%2e/objectives/")]).toEqual([
      "/etc/passwd",
      "/objectives/",
      "/objectives/",
    ]);
  });

  it("gives a fragment as written and percent-decoded, the forms a browser tries against ids", () => {
    expect([
      resolveInternal("#caf%C3%A9", "/policies/")?.fragment,
      resolveInternal("/objectives/#outcomes", "/policies/")?.fragment,
      resolveInternal("#%E0%A4%A", "/policies/")?.fragment,
    ]).toEqual([["caf%C3%A9", "café"], ["outcomes"], ["%E0%A4%A"]]);
  });

  it("gives no fragment for '#' alone, the top of the page", () => {
    expect(resolveInternal("/objectives/#", "/policies/")).toEqual({ path: "/objectives/" });
  });

  it("resolves relative addresses against the page's <base href>", () => {
    expect(resolveInternal("report.pdf", "/policies/", ROOT_SITE, "/assets/")?.path).toBe("/assets/report.pdf");
  });

  it("leaves mailto:, tel:, javascript: and other sites to others", () => {
    expect([
      pathFrom("mailto:equality@example.nhs.uk"),
      pathFrom("tel:01134960000"),
      pathFrom("javascript:void(0)"),
      pathFrom("https://www.nhs.uk/"),
      pathFrom("//cdn.example.com/x.js"),
    ]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe("resolveInternal with the organisation's siteUrl", () => {
  it("treats an absolute address on the site's own host as internal, over https, http or protocol-relative", () => {
    expect([
      pathFrom("https://equality.example.nhs.uk/objectives/"),
      pathFrom("http://equality.example.nhs.uk/objectives/"),
      pathFrom("//equality.example.nhs.uk/objectives/"),
    ]).toEqual(["/objectives/", "/objectives/", "/objectives/"]);
  });

  it("treats another host, or the same host on another port, as another site", () => {
    expect([
      pathFrom("https://other.example.nhs.uk/objectives/"),
      pathFrom("https://equality.example.nhs.uk:8443/objectives/"),
    ]).toEqual([undefined, undefined]);
  });

  it("treats every absolute address as another site when there is no siteUrl", () => {
    expect(resolveInternal("https://equality.example.nhs.uk/objectives/", "/policies/")).toBeUndefined();
  });

  it("takes a siteUrl's path off the addresses under it, and leaves the rest of its host to others", () => {
    expect([
      pathFrom("https://www.example.nhs.uk/equality/objectives/", PATH_SITE),
      pathFrom("http://www.example.nhs.uk/equality", PATH_SITE),
      pathFrom("https://www.example.nhs.uk/news/", PATH_SITE),
      pathFrom("https://www.example.nhs.uk/equality-old/", PATH_SITE),
    ]).toEqual(["/objectives/", "/", undefined, undefined]);
  });

  it("never reads a double slash after the siteUrl's path as another host", () => {
    expect(pathFrom("https://www.example.nhs.uk/equality//other.example/x", PATH_SITE)).toBe("//other.example/x");
  });
});

describe("parseSiteUrl", () => {
  it("splits a siteUrl into its origin and path prefix, and refuses what is not a URL", () => {
    expect([
      parseSiteUrl("https://www.example.nhs.uk/equality/"),
      parseSiteUrl("https://equality.example.nhs.uk"),
      parseSiteUrl("not a url"),
      parseSiteUrl(undefined),
    ]).toEqual([
      { origin: "https://www.example.nhs.uk", prefix: "/equality" },
      { origin: "https://equality.example.nhs.uk", prefix: "" },
      undefined,
      undefined,
    ]);
  });
});
