import { afterEach, describe, expect, it } from "vitest";
import { checkInternalLinks, type CheckInternalLinksOptions } from "../../../lib/links/check-internal.ts";
import { removeDir } from "../../helpers/build-hub.ts";
import { makeSite, page } from "./temp-site.ts";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

/** Builds a site with a home page and an objectives page (with an 'outcomes' id), plus `extra`, and checks it. */
function check(
  extra: Record<string, string>,
  options: Partial<CheckInternalLinksOptions> = {},
  files: Record<string, string> = {},
) {
  const site = makeSite(
    {
      "/": page("<h1>Home</h1>"),
      "/objectives/": page('<h1>Objectives</h1><h2 id="outcomes">Outcomes</h2><a name="older">Older</a>'),
      ...extra,
    },
    { "assets/report.pdf": "%PDF", "assets/Annual report 2025.pdf": "%PDF", ...files },
  );
  dirs.push(site.dir);
  return checkInternalLinks({ siteDir: site.dir, pages: site.pages, ...options });
}

describe("the internal link check", () => {
  it("passes a site whose links all reach pages, files and ids, counting every link it checked", () => {
    const result = check({
      "/policies/": page(
        '<a href="/objectives/">O</a> <a href="/objectives/#outcomes">Outcomes</a> <img src="/assets/report.pdf" alt="">',
      ),
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    // Each page's skip link, and the three links on /policies/.
    expect(result.linksChecked).toBe(6);
    expect(result.pagesChecked).toBe(3);
  });

  it("names the page and the target of a link to a page that does not exist", () => {
    const result = check({ "/policies/": page('<a href="/policiez/">Policies</a>') });
    expect(result.errors).toEqual([
      { page: "/policies/", target: "/policiez/", element: "a", problem: "no page or file at /policiez/" },
    ]);
  });

  it("names a missing file an image or script uses", () => {
    const result = check({
      "/policies/": page('<img src="/assets/chart.png" alt="Chart"><script src="/assets/js/missing.js"></script>'),
    });
    expect(result.errors.map(({ target, element, problem }) => [element, target, problem])).toEqual([
      ["img", "/assets/chart.png", "no page or file at /assets/chart.png"],
      ["script", "/assets/js/missing.js", "no page or file at /assets/js/missing.js"],
    ]);
  });

  it("names a fragment that matches no id on another page", () => {
    const result = check({ "/policies/": page('<a href="/objectives/#outcome">Outcomes</a>') });
    expect(result.errors).toEqual([
      {
        page: "/policies/",
        target: "/objectives/#outcome",
        element: "a",
        problem: "no element with id 'outcome' on /objectives/",
      },
    ]);
  });

  it("names a same-page fragment that matches no id on the page", () => {
    const result = check({
      "/policies/": page(
        '<h2 id="workforce">Workforce</h2><a href="#workforce">Workforce</a> <a href="#governance">Governance</a>',
      ),
    });
    expect(result.errors).toEqual([
      {
        page: "/policies/",
        target: "#governance",
        element: "a",
        problem: "no element with id 'governance' on this page",
      },
    ]);
  });

  it("accepts '#', '#top', the skip link's '#maincontent' and an a[name] anchor", () => {
    const result = check({
      "/policies/": page('<a href="#">Top</a> <a href="#top">Top</a> <a href="/objectives/#older">Older</a>'),
    });
    expect(result.errors).toEqual([]);
  });

  it("resolves relative links against the page's own address", () => {
    const result = check({
      "/objectives/fair-access/": page(
        '<a href="../">Objectives</a> <a href="../#outcomes">Outcomes</a> <a href="../../">Home</a> <a href="./missing/">Missing</a>',
      ),
    });
    expect(result.errors).toEqual([
      {
        page: "/objectives/fair-access/",
        target: "./missing/",
        element: "a",
        problem: "no page or file at /objectives/fair-access/missing/",
      },
    ]);
  });

  it("ignores query strings, and finds pages without their final '/' or by their index.html", () => {
    const result = check({
      "/policies/": page(
        '<a href="/objectives/?sort=name#outcomes">O</a> <a href="/objectives">O</a> <a href="/objectives/index.html">O</a> <a href="/?q=x">Home</a>',
      ),
    });
    expect(result.errors).toEqual([]);
  });

  it("decodes percent-encoded and entity-encoded addresses before looking for the file", () => {
    const result = check({
      "/policies/": page(
        '<a href="/assets/Annual%20report%202025.pdf">Report</a> <a href="/objectives/?a=1&amp;b=2">O</a> <a href="/assets/Annual%20report%202024.pdf">Old</a>',
      ),
    });
    expect(result.errors).toEqual([
      {
        page: "/policies/",
        target: "/assets/Annual%20report%202024.pdf",
        element: "a",
        problem: "no page or file at /assets/Annual report 2024.pdf",
      },
    ]);
  });

  it("checks absolute links to the organisation's own site as internal", () => {
    const result = check(
      {
        "/policies/": page(
          '<a href="https://equality.example.nhs.uk/objectives/#outcomes">O</a> <a href="https://equality.example.nhs.uk/objectivez/">Typo</a>',
        ),
      },
      { siteUrl: "https://equality.example.nhs.uk" },
    );
    expect(result.errors).toEqual([
      {
        page: "/policies/",
        target: "https://equality.example.nhs.uk/objectivez/",
        element: "a",
        problem:
          "no page or file at /objectivez/ (checked as a page of this hub because it starts with siteUrl, https://equality.example.nhs.uk, in organisation.yaml: if it is on another part of your organisation's site, outside the hub, set siteUrl to the hub's own address, with the folder it is published in (such as https://equality.example.nhs.uk/equality/); otherwise link to a page the hub has)",
      },
    ]);
  });

  it("treats only addresses under a siteUrl's path as the hub's own, over http or https", () => {
    const result = check(
      {
        "/policies/": page(
          '<a href="http://www.example.nhs.uk/equality/objectivez/">Typo</a> <a href="https://www.example.nhs.uk/news/">News</a>',
        ),
      },
      { siteUrl: "https://www.example.nhs.uk/equality/" },
    );
    expect(result.errors.map((error) => error.problem)).toEqual([
      expect.stringMatching(/^no page or file at \/objectivez\/ /),
    ]);
  });

  it("leaves mailto:, tel:, other sites and protocol-relative addresses to others", () => {
    const result = check({
      "/policies/": page(
        '<a href="mailto:equality@example.nhs.uk">Email</a> <a href="tel:01134960000">Call</a> <a href="https://www.nhs.uk/missing/">NHS</a> <a href="//cdn.example.com/x.js">CDN</a> <a href="javascript:void(0)">JS</a>',
      ),
    });
    expect(result.errors).toEqual([]);
    expect(result.linksChecked).toBe(3);
  });

  it("warns, without failing, about a link to an old address that redirects, saying where to link instead", () => {
    const result = check(
      { "/policies/": page('<a href="/equality-objectives-2020-2024">Old objectives</a>') },
      { redirects: [{ from: "/equality-objectives-2020-2024/", to: "/objectives/" }] },
    );
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      {
        page: "/policies/",
        target: "/equality-objectives-2020-2024",
        element: "a",
        problem: "links to an old address that redirects to /objectives/: link to /objectives/",
      },
    ]);
  });

  it("reports a broken target once per page, however often the page uses it", () => {
    const result = check({
      "/policies/": page('<a href="/policiez/">One</a> <a href="/policiez/">Two</a>'),
      "/contact/": page('<a href="/policiez/">Three</a>'),
    });
    expect(result.errors.map((error) => error.page).sort()).toEqual(["/contact/", "/policies/"]);
  });

  it("checks every address in srcset, link, area, source and form", () => {
    const result = check({
      "/policies/": page(
        '<link rel="stylesheet" href="/assets/app.css"><img src="/assets/report.pdf" srcset="/assets/report.pdf 1x, /assets/big.png 2x" alt=""><map name="m"><area href="/nowhere/" alt="x"></map><picture><source srcset="/assets/wide.webp"></picture><form action="/search/"></form>',
      ),
    });
    expect(result.errors.map((error) => `${error.element} ${error.target}`).sort()).toEqual([
      "area /nowhere/",
      "form /search/",
      "img /assets/big.png",
      "link /assets/app.css",
      "source /assets/wide.webp",
    ]);
  });

  it("never looks outside the site folder, whatever '..' a link holds", () => {
    const result = check({
      "/policies/": page('<a href="../../../../etc/passwd">Up</a> <a href="/..%2F..%2Fetc%2Fpasswd">Encoded</a>'),
    });
    expect(result.errors.map((error) => error.problem)).toEqual([
      "no page or file at /etc/passwd",
      "no page or file at /../../etc/passwd",
    ]);
  });
});

describe("the internal link check of a hub under a base path", () => {
  /** A hub at /equality/ on its organisation's main site, built into that folder of the site. */
  function checkUnderBasePath(body: string) {
    const site = makeSite({
      "/equality/": page("<h1>Home</h1>"),
      "/equality/objectives/": page('<h1>Objectives</h1><h2 id="outcomes">Outcomes</h2>'),
      "/equality/policies/": page(body),
    });
    dirs.push(site.dir);
    return checkInternalLinks({
      siteDir: site.dir,
      pages: site.pages,
      siteUrl: "https://www.example-icb.nhs.uk/equality/",
      basePath: "/equality/",
      redirects: [{ from: "/old-objectives/", to: "/objectives/" }],
    });
  }

  it("checks the hub's own addresses under the base path, relative and absolute", () => {
    const result = checkUnderBasePath(
      '<a href="/equality/objectives/#outcomes">A</a> <a href="../objectives/">B</a> <a href="https://www.example-icb.nhs.uk/equality/objectives/">C</a>',
    );
    expect(result.errors).toEqual([]);
    // Each page's skip link, and the three links on /equality/policies/.
    expect(result.linksChecked).toBe(6);
  });

  it("leaves other parts of the main site to the external check, as site-relative or absolute addresses", () => {
    const result = checkUnderBasePath(
      '<a href="/reports/annual-report.pdf">Annual report</a> <a href="https://www.example-icb.nhs.uk/news/">News</a>',
    );
    expect(result.errors).toEqual([]);
    expect(result.linksChecked).toBe(3);
  });

  it("names a missing page of the hub by its address on the host", () => {
    const result = checkUnderBasePath('<a href="/equality/objectivez/">Typo</a>');
    expect(result.errors.map(({ target, problem }) => [target, problem])).toEqual([
      ["/equality/objectivez/", "no page or file at /equality/objectivez/"],
    ]);
  });

  it("says an absolute address was taken for the hub's own because of siteUrl, and what to change", () => {
    const result = checkUnderBasePath('<a href="https://www.example-icb.nhs.uk/equality/annual-report.pdf">Report</a>');
    expect(result.errors.map((error) => error.problem)).toEqual([
      "no page or file at /equality/annual-report.pdf (checked as a page of this hub because it starts with siteUrl, https://www.example-icb.nhs.uk/equality/, in organisation.yaml: if it is on another part of your organisation's site, outside the hub, set siteUrl to the hub's own address, with the folder it is published in; otherwise link to a page the hub has)",
    ]);
  });

  it("knows the hub's old addresses under the base path", () => {
    const result = checkUnderBasePath('<a href="/equality/old-objectives/">Old</a>');
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((warning) => warning.problem)).toEqual([
      "links to an old address that redirects to /objectives/: link to /objectives/",
    ]);
  });
});
