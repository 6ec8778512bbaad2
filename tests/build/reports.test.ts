/** The reports archive and the publication schedule in the example hub, as a reader sees and hears them. */
import { beforeAll, describe, expect, it } from "vitest";
import { readPage, text } from "../helpers/build-hub.ts";
import { exampleSite } from "../helpers/example-site.ts";
import { heard, rowStarting } from "./page-queries.ts";

let site: string;

beforeAll(() => {
  site = exampleSite().dir;
});

describe("the reports archive", () => {
  it("lists reporting years newest first", () => {
    const page = readPage(site, "/reports/");
    expect(text(page.querySelector("h1"))).toBe("Yearly reports");
    expect([...page.querySelectorAll("main h2")].map((heading) => text(heading))).toEqual([
      "2026/27",
      "2025/26",
      "2024/25",
      "2023/24",
    ]);
  });

  it("lists a year's reports in a fixed order, by name, with the date each was published, the others after them by title", () => {
    const page = readPage(site, "/reports/");
    const year = page.querySelector("main h2#year-2025-26");
    const headings: string[] = [];
    for (let node = year?.nextElementSibling; node && node.tagName !== "H2"; node = node.nextElementSibling) {
      if (node.tagName === "H3") headings.push(`${text(node)}: ${text(node.nextElementSibling)}`);
    }
    expect(headings).toEqual([
      "Equality Delivery System 2022 (EDS): Published 24 February 2026",
      "Workforce Race Equality Standard (WRES): Published 29 October 2025",
      "Workforce Disability Equality Standard (WDES): Published 29 October 2025",
      "Gender pay gap: Published 31 March 2026",
      "Annual report: how we involved the public: Published 9 July 2026",
      "Equality impact assessment update: January to March 2026",
      "Modern Slavery Act statement: Published 22 September 2026",
      "Workforce diversity profile: Published 22 January 2026",
    ]);
  });

  it("says each document's format and size in its link, and offers the accessible version", () => {
    const links = [...readPage(site, "/reports/").querySelectorAll("main a")].map((link) => text(link));
    expect(links).toContain("Workforce Race Equality Standard report 2025 (PDF, 1.1 MB)");
    expect(links).toContain("Workforce Race Equality Standard data 2025 (Excel, 85 KB)");
    expect(links).toContain(
      "Workforce Disability Equality Standard report 2026 (accessible Word version) (Word, 310 KB)",
    );
    expect(links).toContain("Our EDS 2022 scorecard");
  });

  it("links each gender pay gap report to the page with its figures", () => {
    const link = [...readPage(site, "/reports/").querySelectorAll("main a")].find(
      (item) => text(item) === "Gender pay gap figures for 2025/26",
    );
    expect(link?.getAttribute("href")).toBe("/reports/gender-pay-gap-2025/");
  });
});

describe("a gender pay gap report's page", () => {
  it("names the year and the snapshot date", () => {
    const page = readPage(site, "/reports/gender-pay-gap-2025/");
    expect(text(page.querySelector("h1"))).toBe("Gender pay gap report 2025/26");
    expect(text(page.querySelector("main .nhsuk-lede-text"))).toBe(
      "Pay for men and women working for us on 31 March 2025. Published 31 March 2026.",
    );
  });

  it("reads out the six figures as table rows, a negative gap in words", () => {
    const page = readPage(site, "/reports/gender-pay-gap-2025/");
    expect([...page.querySelectorAll("main caption")].map((caption) => text(caption))).toEqual([
      "Gender pay gap",
      "Who received a bonus",
      "Men and women in each pay quartile",
    ]);
    expect(heard(rowStarting(page, "Mean hourly pay gap"))).toEqual([
      "Mean hourly pay gap",
      "21.3%",
      "Women's mean hourly pay is 21.3% lower than men's",
    ]);
    expect(heard(rowStarting(page, "Median hourly pay gap"))).toEqual([
      "Median hourly pay gap",
      "17.9%",
      "Women's median hourly pay is 17.9% lower than men's",
    ]);
    expect(heard(rowStarting(page, "Mean bonus pay gap"))).toEqual([
      "Mean bonus pay gap",
      "12.5%",
      "Women's mean bonus pay is 12.5% lower than men's",
    ]);
    expect(heard(rowStarting(page, "Median bonus pay gap"))).toEqual([
      "Median bonus pay gap",
      "\u22124.2%",
      "Women's median bonus pay is 4.2% higher than men's",
    ]);
    expect(heard(rowStarting(page, "Men"))).toEqual(["Men", "3.4%"]);
    expect(heard(rowStarting(page, "Women"))).toEqual(["Women", "2.9%"]);
    expect(heard(rowStarting(page, "Lower quartile"))).toEqual(["Lower quartile (lowest paid)", "18.6%", "81.4%"]);
    expect(heard(rowStarting(page, "Lower middle quartile"))).toEqual(["Lower middle quartile", "21.0%", "79.0%"]);
    expect(heard(rowStarting(page, "Upper middle quartile"))).toEqual(["Upper middle quartile", "24.7%", "75.3%"]);
    expect(heard(rowStarting(page, "Upper quartile"))).toEqual(["Upper quartile (highest paid)", "36.2%", "63.8%"]);
  });

  it("marks each row's first cell as its header", () => {
    const page = readPage(site, "/reports/gender-pay-gap-2025/");
    expect(rowStarting(page, "Mean hourly pay gap")?.firstElementChild?.tagName).toBe("TH");
  });

  it("links to the full report with its format and size", () => {
    const links = [...readPage(site, "/reports/gender-pay-gap-2025/").querySelectorAll("main a")].map((link) =>
      text(link),
    );
    expect(links).toContain("Gender pay gap report 2025 (PDF, 620 KB)");
  });

  it("has a page for each year's gender pay gap report", () => {
    expect(text(readPage(site, "/reports/gender-pay-gap-2023/").querySelector("h1"))).toBe(
      "Gender pay gap report 2023/24",
    );
  });
});

describe("publications of any kind in the reports archive", () => {
  /** The headings under a year, each as the reader's heading list gives it: level and words. */
  function headingsUnder(page: Document, year: string): string[] {
    const headings: string[] = [];
    const start = page.querySelector(`main h2#year-${year.replace("/", "-")}`);
    for (let node = start?.nextElementSibling; node && node.tagName !== "H2"; node = node.nextElementSibling) {
      if (node.tagName === "H3" || node.tagName === "H4") headings.push(`${node.tagName.toLowerCase()} ${text(node)}`);
    }
    return headings;
  }

  it("files each under its year and kind: one heading for the kind, one for each period it covers", () => {
    expect(headingsUnder(readPage(site, "/reports/"), "2026/27")).toEqual([
      "h3 Workforce Disability Equality Standard (WDES)",
      "h3 Accessible Information Standard statement",
      "h3 Equality impact assessment update",
      "h4 April to June 2026",
      "h4 July to September 2026",
    ]);
  });

  it("says how often one is published, and links to its row in the publication schedule", () => {
    const page = readPage(site, "/reports/");
    const link = [...page.querySelectorAll("main a")].find(
      (item) => text(item) === "Modern Slavery Act statement in our publication schedule",
    );
    expect([text(link?.parentElement), link?.getAttribute("href")]).toEqual([
      "We publish it every year by 30 September. Modern Slavery Act statement in our publication schedule",
      "/publication-schedule/#modern-slavery-statement",
    ]);
    const row = readPage(site, "/publication-schedule/").querySelector("#modern-slavery-statement");
    expect(text(row)).toBe("Publication Modern Slavery Act statement");
  });
});

describe("the cycle each publication in the schedule covers", () => {
  /** Status, due date and latest publication, as a screen reader hears the row. */
  function row(title: string): string[] {
    return heard(rowStarting(readPage(site, "/publication-schedule/"), title)).slice(2, 5);
  }

  it("shows a gender pay gap report a day late for the 2025 snapshot as late for it, and the next due at the next deadline", () => {
    expect(row("Gender pay gap report")).toEqual([
      "Upcoming",
      "30 March 2027",
      "Published late, on 31 March 2026, for the 2025 snapshot: Gender pay gap report",
    ]);
  });

  it("names the reporting year or the period a publication on time was for", () => {
    expect([row("Equality Delivery System 2022 report"), row("Annual report and accounts")]).toEqual([
      [
        "Published",
        "28 February 2027",
        "Published 24 February 2026, for 2025/26: Equality Delivery System 2022 report",
      ],
      ["Published", "31 July 2027", "Published 9 July 2026, for April 2025 to March 2026: Annual report and accounts"],
    ]);
  });

  it("shows a scheduled publication as planned, not published, without a link to where it will be", () => {
    expect(row("Workforce diversity profile")).toEqual([
      "Upcoming",
      "31 January 2027",
      "Planned for 20 January 2027, for 2026/27",
    ]);
    const cell = rowStarting(readPage(site, "/publication-schedule/"), "Workforce diversity profile");
    expect(cell?.querySelectorAll("a")).toHaveLength(0);
  });

  it("words a rule given in years, and a quarterly one, as the reader says them", () => {
    const rules = ["Accessible Information Standard statement", "Equality impact assessment update"].map((title) =>
      text(rowStarting(readPage(site, "/publication-schedule/"), title)?.querySelector(".app-schedule__rule")),
    );
    expect(rules).toEqual(["Within 1 year of the last publication", "Within 3 months of the last publication"]);
  });

  it("tells the legal duties page the same, in the middle of its sentence", () => {
    const items = [...readPage(site, "/legal-duties/").querySelectorAll("#duty-specific-duties ~ ul li")].map((item) =>
      text(item).replace(/ ,/g, ","),
    );
    expect(items).toContain(
      "Gender pay gap report, last published late, on 31 March 2026, for the 2025 snapshot: Upcoming, due 30 March 2027",
    );
  });
});
