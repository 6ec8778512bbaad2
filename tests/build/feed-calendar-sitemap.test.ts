/**
 * What the example hub offers feed readers, calendars and search engines, as the build published it
 * (pinned to 23 November 2026): the Atom feed, the calendar of what is still to come, the sitemap
 * and robots.txt, each read with a parser as the software that uses it would.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, readPage } from "../helpers/build-hub.ts";
import { exampleSite } from "../helpers/example-site.ts";
import { isHubPage, pageAddress, siteFiles } from "../helpers/site-files.ts";

const SITE_URL = "https://equality.wealdmoor-icb.example";

let site: string;

beforeAll(() => {
  ({ dir: site } = exampleSite());
});

/** An XML file as a parser reads it, after checking it is well-formed. */
function readXml(file: string): Record<string, unknown> {
  const xml = readFileSync(path.join(site, file), "utf8");
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    isArray: (name) => ["entry", "link", "url"].includes(name),
  });
  return parser.parse(xml) as Record<string, unknown>;
}

interface AtomEntry {
  title: string;
  id: string;
  link: { rel: string; href: string }[];
  published: string;
  updated: string;
}

interface AtomFeed {
  id: string;
  updated: string;
  link: { rel: string; href: string }[];
  entry: AtomEntry[];
}

describe("the Atom feed", () => {
  let feed: AtomFeed;

  beforeAll(() => {
    feed = readXml("feed.xml").feed as AtomFeed;
  });

  it("links every report, policy, engagement and publication it has published, at its public address", () => {
    const links = [...new Set(feed.entry.map((entry) => entry.link[0]?.href))].sort();
    expect(links).toEqual(
      [
        "/accessibility-statement/",
        "/engagement/community-mental-health-services/",
        "/engagement/community-pharmacy-hours/",
        "/engagement/patient-transport-eligibility/",
        "/engagement/primary-care-access/",
        "/objectives/",
        "/policies/accessible-information/",
        "/policies/conflicts-of-interest/",
        "/policies/data-protection/",
        "/policies/equality-impact-assessment/",
        "/policies/individual-funding-requests/",
        "/policies/reasonable-adjustments/",
        "/policies/recruitment-and-selection/",
        "/policies/risk-management/",
        "/policies/standing-financial-instructions/",
        "/publication-schedule/#equality-information",
        "/reports/#year-2023-24",
        "/reports/#year-2024-25",
        "/reports/#year-2025-26",
        "/reports/#year-2026-27",
        "/reports/gender-pay-gap-2023/",
        "/reports/gender-pay-gap-2024/",
        "/reports/gender-pay-gap-2025/",
      ].map((address) => `${SITE_URL}${address}`),
    );
    // 19 reports, 9 policies, 4 engagements that have opened, and 3 publications no report stands for.
    expect(feed.entry).toHaveLength(35);
  });

  it("leaves out what has not happened yet: the engagement still to open and the publication only planned", () => {
    const text = JSON.stringify(feed);
    expect(text).not.toContain("maternity-voices-2027");
    // Its 2025/26 report is in the feed; the 2026/27 one is planned for 20 January 2027.
    expect(text).not.toContain("publication-schedule/workforce-diversity-profile");
    expect(text).not.toContain("2027-01-20");
    expect(feed.entry.filter((entry) => entry.published > "2026-11-24")).toEqual([]);
  });

  it("lists the newest first, dated by the data at the start of the day in London", () => {
    const updated = feed.entry.map((entry) => entry.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(feed.entry.slice(0, 3).map((entry) => [entry.title, entry.updated])).toEqual([
      ["Workforce Disability Equality Standard (WDES), 2026/27", "2026-10-27T00:00:00+00:00"],
      ["Consultation: Shaping community mental health services", "2026-10-19T00:00:00+01:00"],
      ["Equality impact assessment update, July to September 2026", "2026-10-19T00:00:00+01:00"],
    ]);
    expect(feed.updated).toBe("2026-10-27T00:00:00+00:00");
  });

  it("dates a consultation's entry by when it opened, and updates it when its outcome is published", () => {
    const entry = feed.entry.find((item) => item.id === `${SITE_URL}/engagement/primary-care-access/`);
    expect([entry?.published, entry?.updated]).toEqual(["2026-02-02T00:00:00+00:00", "2026-07-15T00:00:00+01:00"]);
  });

  it("gives every entry an id of its own: a page's address, or a tag: URI for a report", () => {
    const ids = feed.entry.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      ids.every((id) => id.startsWith(`${SITE_URL}/`) || id.startsWith("tag:equality.wealdmoor-icb.example,")),
    ).toBe(true);
    expect(ids).toContain("tag:equality.wealdmoor-icb.example,2026-10-27:reports/wdes/2026-27");
    expect(ids).toContain(
      "tag:equality.wealdmoor-icb.example,2026-07-20:reports/other/equality-impact-assessment-update/2026-04-01--2026-06-30",
    );
  });

  it("names itself and the hub at their public addresses", () => {
    expect([feed.id, feed.link.map((link) => [link.rel, link.href])]).toEqual([
      `${SITE_URL}/feed.xml`,
      [
        ["self", `${SITE_URL}/feed.xml`],
        ["alternate", SITE_URL + "/"],
      ],
    ]);
  });

  it("is named in the head of every page, and linked from the publications pages", () => {
    const pages = siteFiles(site).filter(isHubPage).map(pageAddress);
    const without = pages.filter(
      (url) =>
        readPage(site, url)
          .querySelector("head link[rel='alternate'][type='application/atom+xml']")
          ?.getAttribute("href") !== "/feed.xml",
    );
    expect(without).toEqual([]);
    const linking = ["/reports/", "/policies/", "/engagement/", "/publication-schedule/"].filter(
      (url) => readPage(site, url).querySelector("main a[href='/feed.xml']") !== null,
    );
    expect(linking).toEqual(["/reports/", "/policies/", "/engagement/", "/publication-schedule/"]);
  });
});

describe("the calendar", () => {
  function events() {
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(path.join(site, "calendar.ics"), "utf8")));
    return calendar.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      return [
        event.startDate.toString(),
        event.endDate.toString(),
        event.summary,
        event.uid,
        event.startDate.isDate && event.endDate.isDate,
      ] as const;
    });
  }

  it("holds each deadline still to come and each closing day, soonest first, but not the overdue WRES report", () => {
    expect(events().map(([start, , summary]) => [start, summary])).toEqual([
      ["2026-12-09", "Equality information (public sector equality duty annual report) due"],
      ["2026-12-13", "Consultation closes: Shaping community mental health services"],
      ["2026-12-18", "Accessibility statement review due"],
      ["2027-01-18", "Equality impact assessment update due"],
      ["2027-01-31", "Workforce diversity profile due"],
      ["2027-02-28", "Equality Delivery System 2022 report due"],
      ["2027-03-05", "Engagement closes: Your experience of maternity care"],
      ["2027-03-30", "Gender pay gap report due"],
      ["2027-03-31", "Community languages consultation: what we heard due"],
      ["2027-06-29", "Accessible Information Standard statement due"],
      ["2027-07-31", "Annual report and accounts due"],
      ["2027-09-30", "Modern Slavery Act statement due"],
      ["2027-10-31", "Workforce Disability Equality Standard report due"],
      ["2028-03-27", "Equality objectives due"],
    ]);
  });

  it("makes each one a whole day, with a UID made from its entry and date", () => {
    const all = events();
    expect(all.filter(([, , , , allDay]) => !allDay)).toEqual([]);
    expect(all.slice(0, 2).map(([start, end, , uid]) => [start, end, uid])).toEqual([
      ["2026-12-09", "2026-12-10", "schedule-equality-information-2026-12-09@equality.wealdmoor-icb.example"],
      ["2026-12-13", "2026-12-14", "engagement-community-mental-health-services-closes@equality.wealdmoor-icb.example"],
    ]);
  });

  it("is linked from the publication schedule page, with the address to subscribe to", () => {
    const link = readPage(site, "/publication-schedule/").querySelector("main a[href='/calendar.ics']");
    expect(link?.parentElement?.textContent).toContain(`${SITE_URL}/calendar.ics`);
  });
});

describe("the sitemap and robots.txt", () => {
  it("lists every page at its public address, and not the page-not-found page or any redirect's old address", () => {
    const urlset = readXml("sitemap.xml").urlset as { url: { loc: string }[] };
    const locs = urlset.url.map((url) => url.loc).sort();
    const pages = siteFiles(site)
      .filter((file) => isHubPage(file) && file !== "404.html")
      .map((file) => `${SITE_URL}${pageAddress(file)}`)
      .sort();
    expect(locs).toEqual(pages);
    const redirects = parse(readFileSync(path.join(PROJECT_ROOT, "_data/redirects.yaml"), "utf8")) as {
      redirects: { from: string }[];
    };
    expect(locs.filter((loc) => redirects.redirects.some((redirect) => loc === `${SITE_URL}${redirect.from}`))).toEqual(
      [],
    );
  });

  it("names the sitemap in robots.txt at its public address", () => {
    expect(readFileSync(path.join(site, "robots.txt"), "utf8")).toBe(
      `# Written by equality-hub at each build.\nUser-agent: *\nDisallow: /admin/\n\nSitemap: ${SITE_URL}/sitemap.xml\n`,
    );
  });
});
