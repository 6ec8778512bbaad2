/**
 * The example hub's legal duties, accessibility statement, other formats, Easy Read link and
 * redirects, as a reader (and Netlify) meets them in the published site.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, PROJECT_ROOT, readPage, removeDir, text } from "../helpers/build-hub.ts";
import { exampleSite } from "../helpers/example-site.ts";
import { renderWithEleventy } from "../helpers/render-copy.ts";
import { heard, htmlPages } from "./page-queries.ts";

/** The legal-duties.yaml a CCG's hub holds, kept with the unit tests that check it. */
const CCG_LEGAL_DUTIES = path.join(PROJECT_ROOT, "tests/unit/legal-duties/ccg-legal-duties.yaml");

let site: string;

beforeAll(() => {
  site = exampleSite().dir;
});

describe("the legal duties page", () => {
  it("groups the duties under the laws they come from", () => {
    const headings = [...readPage(site, "/legal-duties/").querySelectorAll("main h2")].map((heading) => text(heading));
    expect(headings).toEqual([
      "The Equality Act 2010",
      "NHS duties",
      "Human rights",
      "Other duties",
      "How we show we meet our duties",
    ]);
  });

  it("lists the three aims of the general duty in the order of section 149(1)", () => {
    const aims = [...readPage(site, "/legal-duties/").querySelectorAll("main ol li strong")].map((aim) => text(aim));
    expect(aims).toEqual(["Eliminate discrimination:", "Advance equality of opportunity:", "Foster good relations:"]);
  });

  it("gives each NHS Act duty both its ICB and its former CCG section number", () => {
    const page = readPage(site, "/legal-duties/");
    expect([...page.querySelectorAll("thead th")].map((cell) => text(cell))).toEqual([
      "Duty",
      "As an integrated care board",
      "Before 1 July 2022, as a clinical commissioning group",
    ]);
    expect([...page.querySelectorAll("tbody tr")].map(heard)).toEqual([
      ["Reduce inequalities", "Section 14Z35", "Section 14T"],
      ["Promote integration", "Section 14Z42", "Section 14Z1"],
      ["Involve the public", "Section 14Z45", "Section 14Z2"],
    ]);
    expect(text(page.querySelector("#duty-reducing-inequalities + p"))).toBe(
      "National Health Service Act 2006, section 14Z35 (section 14T before 1 July 2022)",
    );
  });

  it("writes what involving the public asks as a list, from the summary's markdown", () => {
    const list = readPage(site, "/legal-duties/").querySelector("#duty-public-involvement ~ ul.nhsuk-list--bullet");
    expect([...(list?.querySelectorAll("li") ?? [])].map((item) => text(item))).toEqual([
      "in planning how we commission services",
      "in developing and considering proposals to change services, where the change would affect how they are delivered or what is available",
      "in decisions that would have such an effect",
    ]);
  });

  it("shows section 13G as NHS England's duty, not ours, and how we support it", () => {
    const page = readPage(site, "/legal-duties/");
    expect(text(page.querySelector("#duty-nhs-england-inequalities + p"))).toBe(
      "National Health Service Act 2006, section 13G: NHS England's duty, not ours",
    );
    expect(text(page.querySelector("#duty-nhs-england-inequalities ~ h4"))).toBe("How we support NHS England's duty");
  });

  it("shows how a duty is met: publications with today's status and the objectives that serve it", () => {
    const page = readPage(site, "/legal-duties/");
    const list = page.querySelector("#duty-specific-duties ~ ul");
    // The NHS.UK tag keeps a line break before its closing tag; a reader hears no space there.
    const items = [...(list?.querySelectorAll("li") ?? [])].map((item) => text(item).replace(/ ,/g, ","));
    expect(items[0]).toBe(
      "Equality information (public sector equality duty annual report), last published 10 December 2025: Due soon, due 9 December 2026",
    );
    expect(items).toContain("Our equality objective Close the gap in maternity outcomes");
  });
});

describe("the legal duties page of a clinical commissioning group", () => {
  let workDir: string;
  let page: Document;

  beforeAll(() => {
    workDir = makeTempDir("ccg-duties");
    const dataDir = path.join(workDir, "data");
    cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
    const organisation = path.join(dataDir, "organisation.yaml");
    writeFileSync(organisation, readFileSync(organisation, "utf8").replace("type: ICB", "type: CCG"));
    cpSync(CCG_LEGAL_DUTIES, path.join(dataDir, "legal-duties.yaml"));
    renderWithEleventy(dataDir, path.join(workDir, "site"));
    page = readPage(path.join(workDir, "site"), "/legal-duties/");
  });

  afterAll(() => removeDir(workDir));

  it("cites the sections of the 2012 Act, and never an integrated care board's", () => {
    const citations = [...page.querySelectorAll(".app-legal-duty__source")].map((source) => text(source));
    expect(citations.filter((citation) => citation.startsWith("National Health Service Act 2006"))).toEqual([
      "National Health Service Act 2006, section 14T",
      "National Health Service Act 2006, section 14Z1",
      "National Health Service Act 2006, section 14Z2",
      "National Health Service Act 2006, section 13G: NHS England's duty, not ours",
    ]);
    expect(text(page.querySelector("main"))).not.toMatch(/14Z35|14Z42|14Z45|14Z58|integrated care board/);
  });

  it("says whose NHS duties they are, with no table of former numbers", () => {
    expect(text(page.querySelector("#nhs-duties + p"))).toBe(
      "Our duties in this section are those of a clinical commissioning group in the National Health Service Act 2006, as amended by the Health and Social Care Act 2012.",
    );
    expect(page.querySelector("main table")).toBeNull();
  });

  it("lists the three limbs of section 14Z2 as a list", () => {
    const list = page.querySelector("#duty-public-involvement ~ ul.nhsuk-list--bullet");
    expect([...(list?.querySelectorAll("li") ?? [])].map((item) => text(item).slice(0, 3))).toEqual([
      "(a)",
      "(b)",
      "(c)",
    ]);
  });
});

describe("the accessibility statement", () => {
  it("reports the checks of this very build: its date, every page it built, the standard and no problems", () => {
    const pagesBuilt = htmlPages(site).length;
    const tested = text(readPage(site, "/accessibility-statement/").querySelector(".app-gate-results"));
    expect(tested).toContain(
      `This version of the website was tested on 23 November 2026, when it was built. Every page (${pagesBuilt} pages) was checked automatically against WCAG 2.2 AA with:`,
    );
    expect(tested).toContain("The checks found no problems.");
  });

  it("follows the model statement's sections in order", () => {
    const headings = [...readPage(site, "/accessibility-statement/").querySelectorAll("main h2, main h3")].map(
      (heading) => text(heading),
    );
    expect(headings).toEqual([
      "How accessible this website is",
      "Feedback and contact information",
      "Reporting accessibility problems with this website",
      "Enforcement procedure",
      "Technical information about this website's accessibility",
      "Compliance status",
      "Non-accessible content",
      "What we are doing to improve accessibility",
      "How we tested this website",
      "Preparation of this accessibility statement",
    ]);
  });

  it("says what is not accessible, why, which criteria it fails and when it will be fixed", () => {
    const main = text(readPage(site, "/accessibility-statement/").querySelector("main"));
    expect(main).toContain(
      "This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.",
    );
    expect(main).toContain(
      "This fails WCAG 2.2 success criteria 1.3.1 Info and Relationships and 4.1.2 Name, Role, Value. We plan to fix this by 31 March 2027.",
    );
    expect(main).toContain("Disproportionate burden None that we know of.");
  });

  it("gives the prepared and reviewed dates, and when the next review is due from the schedule", () => {
    const main = text(readPage(site, "/accessibility-statement/").querySelector("main"));
    expect(main).toContain(
      "This statement was prepared on 19 December 2025. It was last reviewed on 19 December 2025.",
    );
    expect(main).toContain("The next review is due by 18 December 2026: Due soon");
  });

  it("says how to ask for another format or report a problem, from organisation.yaml", () => {
    const main = text(readPage(site, "/accessibility-statement/").querySelector("main"));
    expect(main).toContain(
      "such as Easy Read, British Sign Language (BSL), large print, audio, Braille or Clear Information, or help from an interpreter or text relay",
    );
    expect(main).toContain("formats@wealdmoor-icb.example");
    expect(main).toContain("within 5 working days");
  });
});

describe("other formats and Easy Read", () => {
  it("links every page except the contact page itself to the request for another format", () => {
    const without = htmlPages(site)
      .map((file) => `/${path.relative(site, file).split(path.sep).join("/")}`)
      .filter((url) => !readPage(site, url).querySelector("main a[href='/contact/#other-formats']"));
    expect(without).toEqual(["/contact/index.html"]);
  });

  it("links a page to its own Easy Read version, and the Easy Read page is published", () => {
    const link = readPage(site, "/our-equality-work/").querySelector(".app-easy-read a");
    expect([text(link), link?.getAttribute("href")]).toEqual([
      "Read this page in Easy Read",
      "/our-equality-work/easy-read/",
    ]);
    // A web page needs no format after the link: nothing in brackets, not even empty ones.
    expect(text(readPage(site, "/our-equality-work/").querySelector(".app-easy-read"))).toBe(
      "Read this page in Easy Read",
    );
    expect(text(readPage(site, "/our-equality-work/easy-read/").querySelector("h1"))).toBe(
      "Our equality work in Easy Read",
    );
  });

  it("lists the formats and the help to communicate on the contact page, each with its details", () => {
    const section = readPage(site, "/contact/");
    expect([...section.querySelectorAll("#other-formats + p + ul li")].map((item) => text(item))).toEqual([
      "Easy Read",
      "British Sign Language (BSL)",
      "large print",
      "audio",
      "Braille: Grade 1 or Grade 2",
      "Clear Information: short sentences with a picture beside each one, for people who find reading hard",
    ]);
    expect([...section.querySelectorAll("#other-formats + p + ul + p + ul li")].map((item) => text(item))).toEqual([
      "an interpreter: in any spoken language, face to face or by phone, or in British Sign Language",
      "text relay",
    ]);
  });
});

describe("redirects", () => {
  it("writes Netlify's _redirects file as permanent redirects from redirects.yaml", () => {
    const lines = readFileSync(path.join(site, "_redirects"), "utf8")
      .split("\n")
      .filter((line) => line && !line.startsWith("#"));
    expect(lines).toEqual([
      "/equality-objectives-2020-2024/  /objectives/  301",
      "/equality-and-diversity/  /  301",
      "/eds2-grading/  /eds-scorecard/  301",
      "/accessibility/  /accessibility-statement/  301",
    ]);
  });

  it("leaves the redirects file out of the sitemap", () => {
    expect(readFileSync(path.join(site, "sitemap.xml"), "utf8")).not.toContain("_redirects");
  });
});
