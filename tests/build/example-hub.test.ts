/**
 * A whole build of the example hub, pinned to 23 November 2026, checked page type by page type
 * for what a reader sees.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { NHSUK_CSS } from "../../lib/plugin.ts";
import { readPage, text } from "../helpers/build-hub.ts";
import { unstyledClasses } from "../helpers/css-classes.ts";
import { exampleSite } from "../helpers/example-site.ts";
import { pageWeight } from "../helpers/page-weight.ts";
import { heard, htmlPages, rowStarting } from "./page-queries.ts";

let site: string;
let buildOutput: string;

beforeAll(() => {
  ({ dir: site, output: buildOutput } = exampleSite());
});

describe("the example hub build", () => {
  it("says how many pages it built and for which day", () => {
    expect(buildOutput).toMatch(/Built \d+ pages for 2026-11-23/);
  });

  it("passes the gate, having checked exactly as many pages as it built", () => {
    const built = htmlPages(site).length;
    expect(buildOutput).toContain(
      `Checked ${built} of ${built} pages with html-validate, axe and HTML_CodeSniffer (WCAG 2.2 AA): no problems found.`,
    );
    const report = JSON.parse(readFileSync(`${site}-reports/gate-report.json`, "utf8"));
    expect([report.passed, report.pagesChecked, report.pages.length]).toEqual([true, built, built]);
  });

  it("shows the overall EDS rating in words on the home page", () => {
    const home = readPage(site, "/");
    expect(text(home.querySelector("h1"))).toBe(
      "NHS Wealdmoor Integrated Care Board: equality, diversity and inclusion",
    );
    expect(text(home.querySelector("main"))).toContain("rating for 2025/26 is Developing (17 out of 33)");
    expect(text(home.querySelector("main"))).toContain("1 is overdue and 3 are due soon");
    expect(text(home.querySelector("main"))).toContain(
      "You can have your say now on 1 consultation or engagement, including Shaping community mental health services.",
    );
  });

  it("lists every objective on the objectives index", () => {
    const index = readPage(site, "/objectives/");
    const headings = [...index.querySelectorAll("main h2")].map((heading) => text(heading));
    expect(headings).toEqual([
      "Make our services easier to reach for everyone",
      "Close the gap in maternity outcomes",
      "Build an inclusive workforce and leadership",
    ]);
  });

  it("shows an objective's characteristics, outcomes with rating words, and overdue actions in words", () => {
    const page = readPage(site, "/objectives/fair-access/");
    expect(text(page.querySelector("h1"))).toBe("Make our services easier to reach for everyone");
    expect([...page.querySelectorAll("main a[href^='/protected-characteristics/']")].map((link) => text(link))).toEqual(
      ["Disability", "Age", "Race", "Religion or belief"],
    );
    expect(heard(rowStarting(page, "1A")).at(-1)).toBe("Achieving");
    expect(heard(rowStarting(page, "Review patient transport"))).toEqual([
      "Review patient transport eligibility with disabled people's organisations",
      "30 September 2026",
      "Overdue (in progress)",
    ]);
  });

  it("gives the overall EDS rating in words each year, the score out of 33 and the change since last year", () => {
    const page = readPage(site, "/eds-scorecard/");
    expect([
      [...page.querySelectorAll(".app-overall tbody tr")].map(heard),
      text(page.querySelector(".app-overall__change")),
    ]).toEqual([
      [
        ["2023/24", "7 out of 30, for the 10 outcomes graded", "No overall rating: 1C was not graded"],
        ["2024/25", "13 out of 33", "Developing"],
        ["2025/26", "17 out of 33", "Developing"],
      ],
      "Change since 2024/25: Up 4.",
    ]);
  });

  it("adds up each EDS domain each year with its change in words", () => {
    expect(heard(rowStarting(readPage(site, "/eds-scorecard/"), "Domain 1 subtotal"))).toEqual([
      "Domain 1 subtotal",
      "2 out of 9, for the 3 outcomes graded (1C not graded)",
      "5 out of 12",
      "7 out of 12",
      "Up 2",
    ]);
  });

  it("shows each EDS outcome's rating word and score in every year, and the change since last year", () => {
    expect(heard(rowStarting(readPage(site, "/eds-scorecard/"), "3C")).slice(1)).toEqual([
      "Developing (score 1)",
      "Developing (score 1)",
      "Undeveloped (score 0)",
      "Down 1",
    ]);
  });

  it("says who graded the EDS outcomes and when, and which bands give the rating", () => {
    const main = text(readPage(site, "/eds-scorecard/").querySelector("main"));
    expect(main).toContain("2025/26: graded on 28 January 2026 with Wealdmoor Healthwatch");
    expect(main).toContain("22 to 32: Achieving");
  });

  it("lists the nine protected characteristics with their sections of the Act", () => {
    const rows = [...readPage(site, "/protected-characteristics/").querySelectorAll("tbody tr")].map(heard);
    expect(rows).toHaveLength(9);
    expect(rows).toContainEqual(["Pregnancy and maternity", "Sections 17 and 18", "1"]);
  });

  it("shows the objectives and outcomes that concern a characteristic", () => {
    const page = readPage(site, "/protected-characteristics/pregnancy-maternity/");
    expect(text(page.querySelector("main"))).toContain("Defined in the Equality Act 2010, sections 17 and 18.");
    expect([...page.querySelectorAll("main ul a")].map((link) => text(link))).toEqual([
      "Close the gap in maternity outcomes",
    ]);
    expect([...page.querySelectorAll("tbody tr")].map((row) => heard(row)[0]?.slice(0, 2))).toEqual(["1B", "1C"]);
  });

  it("sorts the publication schedule by due date and shows every status in words", () => {
    const page = readPage(site, "/publication-schedule/");
    const rows = [...page.querySelectorAll("tbody tr")];
    const dues = rows.map((row) => row.querySelector("time")?.getAttribute("datetime") ?? "");
    expect(dues).toEqual([...dues].sort());
    const statuses = rows.map((row) => text(row.querySelector(".nhsuk-tag")));
    expect(new Set(statuses)).toEqual(new Set(["Published", "Due soon", "Overdue", "Upcoming"]));
    expect(heard(rows[0]).slice(0, 4)).toEqual([
      "Workforce Race Equality Standard report",
      "NHS Standard Contract, Workforce Race Equality Standard Every year by 31 October",
      "Overdue",
      "31 October 2026",
    ]);
  });

  it("renders the markdown pages with their title as the only h1", () => {
    for (const url of ["/our-equality-work/", "/legal-duties/", "/contact/", "/accessibility-statement/"]) {
      const page = readPage(site, url);
      expect(page.querySelectorAll("h1"), url).toHaveLength(1);
      expect(page.querySelectorAll("main h2").length, url).toBeGreaterThan(0);
    }
  });

  it("shows the contact details and every alternative format on the contact page", () => {
    const main = text(readPage(site, "/contact/").querySelector("main"));
    for (const format of [
      "Easy Read",
      "British Sign Language",
      "large print",
      "audio",
      "Braille",
      "interpreter",
      "Relay UK",
    ]) {
      expect(main).toContain(format);
    }
    expect(main).toContain("formats@wealdmoor-icb.example");
  });

  it("writes an NHS-styled 404 page with a link home and no breadcrumbs", () => {
    const page = readPage(site, "/404.html");
    expect([
      text(page.querySelector("h1")),
      page.querySelector("main a[href='/']") !== null,
      page.querySelector(".nhsuk-breadcrumb"),
    ]).toEqual(["Page not found", true, null]);
  });

  it("states honestly how accessible the site is, with ways to report a problem", () => {
    const main = text(readPage(site, "/accessibility-statement/").querySelector("main"));
    expect(main).toContain(
      "This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard",
    );
    expect(main).toContain("formats@wealdmoor-icb.example");
    expect(main).toContain("Equality Advisory and Support Service (EASS)");
  });

  it("gives every page one h1, a skip link, a title and breadcrumbs below the home page", () => {
    for (const file of htmlPages(site)) {
      const url = `/${path
        .relative(site, file)
        .split(path.sep)
        .join("/")
        .replace(/index\.html$/, "")}`;
      const page = readPage(site, url);
      expect(page.querySelectorAll("h1"), url).toHaveLength(1);
      expect(page.querySelector("a.nhsuk-skip-link[href='#maincontent']"), url).not.toBeNull();
      expect(text(page.querySelector("title")), url).toMatch(/ - NHS Wealdmoor ICB$/);
      if (url !== "/" && url !== "/404.html")
        expect(text(page.querySelector(".nhsuk-breadcrumb")), url).toContain("Home");
    }
  });

  it("gives every table a caption and header cells a scope", () => {
    for (const file of htmlPages(site)) {
      const page = readPage(site, `/${path.relative(site, file).split(path.sep).join("/")}`);
      for (const table of page.querySelectorAll("table")) expect(table.querySelector("caption"), file).not.toBeNull();
      for (const header of page.querySelectorAll("th"))
        expect(header.getAttribute("scope"), file).toMatch(/^(col|row)$/);
    }
  });

  it("shows dates as '27 December 2026' inside <time datetime>, and a deadline as '11:59pm on Sunday 13 December 2026'", () => {
    for (const file of htmlPages(site)) {
      const page = readPage(site, `/${path.relative(site, file).split(path.sep).join("/")}`);
      for (const time of page.querySelectorAll("time")) {
        expect(time.getAttribute("datetime"), file).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/);
        expect(text(time), file).toMatch(
          /^(\d{1,2}(:\d{2})?(am|pm) on |midday on )?((Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day )?\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
        );
      }
    }
  });

  it("has a rule in its stylesheet for every nhsuk- class its pages use", () => {
    const css = readFileSync(path.join(site, NHSUK_CSS), "utf8");
    const pages = htmlPages(site).map((file) => ({ url: path.relative(site, file), html: readFileSync(file, "utf8") }));
    expect(pages.length).toBeGreaterThan(30);
    expect(unstyledClasses(pages, css)).toEqual([]);
  });

  it.each(["/", "/policies/", "/policies/data-protection/"])(
    "sends %s in at most 30 KB of gzipped HTML and CSS",
    (url) => {
      const weight = pageWeight(site, url);
      expect(Object.keys(weight.stylesheets)).toEqual([`/${NHSUK_CSS}`, "/assets/css/app.css"]);
      expect(weight.total, JSON.stringify(weight)).toBeLessThanOrEqual(30 * 1024);
    },
  );

  it("serves the design system's CSS and JavaScript from the site itself", () => {
    const home = readFileSync(path.join(site, "index.html"), "utf8");
    expect(home).toContain(`href="/${NHSUK_CSS}"`);
    expect(home).not.toMatch(/https?:\/\/[^"]*\.(css|js)"/);
    expect(existsSync(path.join(site, NHSUK_CSS))).toBe(true);
    expect(existsSync(path.join(site, "assets/js/nhsuk-frontend.min.js"))).toBe(true);
    expect(existsSync(path.join(site, "assets/js/app.js"))).toBe(true);
    expect(home).toContain('<script type="module" src="/assets/js/app.js"></script>');
  });

  it("lists every page in the sitemap", () => {
    const sitemap = readFileSync(path.join(site, "sitemap.xml"), "utf8");
    expect(sitemap).toContain("<loc>https://equality.wealdmoor-icb.example/objectives/fair-access/</loc>");
    expect(sitemap.match(/<loc>/g)).toHaveLength(htmlPages(site).length - 1);
  });
});
