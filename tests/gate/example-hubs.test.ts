/**
 * Every example hub in examples/ through the whole build, gate included, at two dates: the last day
 * before its organisation closed, and years after. Each is read as a member of the public would:
 * the banner on every page, statuses that stood still when it closed, the law of its own time.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import puppeteer from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleNames } from "../../lib/build/options.ts";
import { listMarkdownPages } from "../../lib/content/front-matter.ts";
import { makeTempDir, PROJECT_ROOT, readPage, removeDir, runBuild, text, type BuildRun } from "../helpers/build-hub.ts";
import { heard } from "../build/page-queries.ts";
import { unstyledClasses } from "../helpers/css-classes.ts";
import { isHubPage, siteFiles } from "../helpers/site-files.ts";
import { NHSUK_CSS } from "../../lib/plugin.ts";
import { collectExternalLinks, hubFromSitemap } from "../../lib/links/collect-external.ts";
import { scanHtml } from "../../lib/links/scan-html.ts";
import { hubFolder } from "../../lib/site-paths/base-path.ts";
import { siteFile } from "../../lib/site-paths/site-file.ts";
import { BROWSER_ARGS, findBrowser } from "../../lib/gate/find-browser.ts";
import { serveStatic } from "../../lib/gate/serve-static.ts";

/** What is true of each example, so the test reads what a reader should see. */
const EXAMPLES: Record<
  string,
  {
    name: string;
    shortName: string;
    members?: string[];
    smallEmployer?: boolean;
    /** Where a hub that is a section of its organisation's main site lives on the host, and its siteUrl. */
    underPath?: { basePath: string; siteUrl: string };
  }
> = {
  "closed-ccg": { name: "NHS Oakvale Clinical Commissioning Group", shortName: "NHS Oakvale CCG", smallEmployer: true },
  "joint-ccgs": {
    name: "NHS Wealdshire Clinical Commissioning Groups",
    shortName: "NHS Wealdshire CCGs",
    members: [
      "NHS North Wealdshire Clinical Commissioning Group",
      "NHS South Wealdshire Clinical Commissioning Group",
      "NHS East Wealdshire Clinical Commissioning Group",
      "NHS West Wealdshire Clinical Commissioning Group",
      "NHS Wealdshire Coast Clinical Commissioning Group",
      "NHS Wealdshire Vale Clinical Commissioning Group",
    ],
    underPath: { basePath: "/equality/", siteUrl: "https://www.wealdshireccgs.example/equality/" },
  },
};

/** The day before they closed on 1 July 2022, and a day years later. */
const LAST_DAY = "2022-06-30";
const YEARS_LATER = "2026-11-23";

const workDir = makeTempDir("examples");
afterAll(() => removeDir(workDir));

/** `out` is the site folder, the host's root; `site` the hub's folder in it, which is `out` unless it has a base path. */
interface ExampleBuild {
  run: BuildRun;
  out: string;
  site: string;
}

const builds = new Map<string, ExampleBuild>();

/** Each example is built once for each date, however many blocks below read it. */
function build(name: string, today: string): ExampleBuild {
  const out = path.join(workDir, `${name}-${today}`);
  const cached = builds.get(out);
  if (cached) return cached;
  const basePath = EXAMPLES[name]?.underPath?.basePath ?? "/";
  const built = {
    run: runBuild(["--example", name, "--today", today, "--output", out]),
    out,
    site: hubFolder(out, basePath),
  };
  builds.set(out, built);
  return built;
}

function pages(site: string): string[] {
  return siteFiles(site)
    .filter(isHubPage)
    .map((file) => (file === "index.html" ? "/" : `/${file.replace(/index\.html$/, "")}`));
}

/** The words of the page's main content, as a screen reader would read them. */
function mainText(site: string, url: string): string {
  return text(readPage(site, url).querySelector("main"));
}

it("tests every example hub there is", () => {
  expect(exampleNames(PROJECT_ROOT)).toEqual(Object.keys(EXAMPLES).sort());
});

describe.each(Object.entries(EXAMPLES))("the example hub %s", (name, example) => {
  let lastDay: ExampleBuild;
  let later: ExampleBuild;

  beforeAll(() => {
    lastDay = build(name, LAST_DAY);
    later = build(name, YEARS_LATER);
  }, 300_000);

  it("passes the whole gate and is published, on its last day and years later", () => {
    expect(lastDay.run.stdout, lastDay.run.stderr).toMatch(/no problems found/);
    expect(lastDay.run.status, lastDay.run.stderr).toBe(0);
    expect(later.run.stdout, later.run.stderr).toMatch(/no problems found/);
    expect(later.run.status, later.run.stderr).toBe(0);
  });

  it("has a rule in its stylesheet for every nhsuk- class its pages use, on its last day and years later", () => {
    for (const built of [lastDay, later]) {
      const css = readFileSync(path.join(built.site, NHSUK_CSS), "utf8");
      const read = pages(built.site).map((url) => ({
        url,
        html: readFileSync(siteFile(built.site, url) ?? "", "utf8"),
      }));
      expect(unstyledClasses(read, css)).toEqual([]);
    }
  });

  it("says on every page that it closed, once it has, and links its successor", () => {
    const all = pages(later.site);
    expect(all.length).toBeGreaterThan(15);
    const withBanner = all.filter((url) =>
      text(readPage(later.site, url).querySelector(".app-ceased-banner")).includes("closed on 1 July 2022"),
    );
    expect(withBanner).toEqual(all);
    expect(readPage(later.site, "/").querySelector(".app-ceased-banner a")?.getAttribute("href")).toBe(
      "https://www.wealdmoor-icb.example",
    );
  });

  it("publishes a calendar until it closes, and none after, nor any link to one; its feed stays as a record", () => {
    const linking = pages(later.site).filter((url) =>
      readFileSync(siteFile(later.site, url) ?? "", "utf8").includes("calendar.ics"),
    );
    expect([siteFiles(lastDay.site).includes("calendar.ics"), siteFiles(later.site).includes("calendar.ics")]).toEqual([
      true,
      false,
    ]);
    expect(linking).toEqual([]);
    expect(readFileSync(path.join(later.site, "feed.xml"), "utf8").match(/<entry>/g)?.length).toBeGreaterThan(3);
  });

  it("says on its last day that it will close", () => {
    expect(text(readPage(lastDay.site, "/").querySelector(".app-ceased-banner"))).toContain(
      "will close on 1 July 2022",
    );
  });

  it("shows the schedule as it stood on its last day, years later", () => {
    const schedule = (site: string) => readPage(site, "/publication-schedule/");
    expect(mainText(later.site, "/publication-schedule/")).toContain(
      `Statuses are as at 30 June 2022, when ${example.shortName} closed.`,
    );
    const statuses = (site: string) =>
      [...schedule(site).querySelectorAll("tbody tr")].map((row) => [
        text(row.querySelector("th, td")),
        text(row.querySelector(".app-schedule-status-tag")),
      ]);
    expect(statuses(later.site)).toEqual(statuses(lastDay.site));
  });

  it("shows no deadline after it closed: nothing fell due once it had", () => {
    const dates = [...readPage(later.site, "/publication-schedule/").querySelectorAll("tbody time")].map((time) =>
      time.getAttribute("datetime"),
    );
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.filter((date) => (date ?? "") > LAST_DAY)).toEqual([]);
  });

  it("cites the NHS Act sections a CCG had, never an ICB's", () => {
    const duties = mainText(later.site, "/legal-duties/");
    expect(duties).toMatch(/section 14T/);
    expect(duties).toMatch(/section 14Z2/);
    expect(duties).not.toMatch(/14Z35|14Z42|14Z45|14Z58|as an integrated care board/i);
  });

  it.runIf(example.smallEmployer)("claims no gender pay gap report: every mention says why it did not apply", () => {
    const claims = pages(later.site).flatMap((url) =>
      mainText(later.site, url)
        .split(/(?<=\.) /)
        .filter((sentence) => /gender pay gap/i.test(sentence) && !/fewer than|not have to/i.test(sentence))
        .map((sentence) => `${url}: ${sentence}`),
    );
    expect(claims).toEqual([]);
    expect(pages(later.site).filter((url) => url.includes("gender-pay-gap"))).toEqual([]);
    expect(mainText(later.site, "/reports/")).toContain(
      "We employed fewer than 250 people, so we did not have to publish a gender pay gap report.",
    );
  });

  it.runIf(example.members !== undefined)("names every member on the home page", () => {
    const home = mainText(later.site, "/");
    for (const member of example.members ?? []) expect(home).toContain(member);
  });

  it("tells the home page's story in the past tense, and keeps its heading short", () => {
    const home = readPage(later.site, "/");
    expect(text(home.querySelector(".nhsuk-lede-text"))).toBe(
      "How we met our duties under the Equality Act 2010, what we promised to do, and how we were doing when we closed.",
    );
    expect(text(home.querySelector("h1"))).toBe(
      `${example.members ? example.shortName : example.name}: equality, diversity and inclusion`,
    );
  });

  it.runIf(example.members !== undefined)("says in the banner that the members' work is now the successor's", () => {
    expect(text(readPage(later.site, "/").querySelector(".app-ceased-banner"))).toContain(
      "Their work is now done by NHS Wealdmoor Integrated Care Board",
    );
  });

  it("publishes its own prose pages, and none of the top-level example's", () => {
    const own = listMarkdownPages(path.join(PROJECT_ROOT, "examples", name, "pages")).map(
      (file) => `/${file.replace(/(index)?\.md$/, "").replace(/([^/])$/, "$1/")}`,
    );
    expect(own.filter((url) => !pages(later.site).includes(url))).toEqual([]);
    const topLevelOnly = listMarkdownPages(path.join(PROJECT_ROOT, "site"))
      .map((file) => `/${file.replace(/(index)?\.md$/, "").replace(/([^/])$/, "$1/")}`)
      .filter((url) => !own.includes(url));
    expect(topLevelOnly.filter((url) => pages(later.site).includes(url))).toEqual([]);
  });

  describe.runIf(example.underPath !== undefined)("as a section of its organisation's main site", () => {
    const { basePath, siteUrl } = example.underPath ?? { basePath: "/", siteUrl: "" };

    it("keeps every page in the base path's folder, and nothing else but the host's redirects file and robots.txt", () => {
      expect(siteFiles(later.out).filter((file) => !file.startsWith(basePath.slice(1)))).toEqual([
        "_redirects",
        "robots.txt",
      ]);
      expect(readFileSync(path.join(later.out, "robots.txt"), "utf8")).toContain(`Sitemap: ${siteUrl}sitemap.xml\n`);
    });

    it("was checked by the gate at every page's address under the base path", () => {
      const report = JSON.parse(readFileSync(`${later.out}-reports/gate-report.json`, "utf8")) as { pages: string[] };
      const checked = [...report.pages].sort();
      expect(checked).toEqual(
        pages(later.site)
          .map((url) => `${basePath.slice(0, -1)}${url}`)
          .sort(),
      );
    });

    it("writes every site-relative address in every page under the base path", () => {
      const outside = pages(later.site).flatMap((url) =>
        scanHtml(readFileSync(siteFile(later.site, url) ?? "", "utf8"))
          .addresses.map((address) => address.value)
          .filter((value) => value.startsWith("/") && !value.startsWith(basePath))
          .map((value) => `${url}: ${value}`),
      );
      expect(outside).toEqual([]);
    });

    it("serves the design system's icons from under the base path", () => {
      const css = readFileSync(path.join(later.site, NHSUK_CSS), "utf8");
      const icons = [...css.matchAll(/url\(["']?(\/[^)"']+)["']?\)/g)].map((match) => match[1] ?? "");
      expect(icons.length).toBeGreaterThan(0);
      expect(icons.filter((icon) => !icon.startsWith(basePath) || siteFile(later.out, icon) === undefined)).toEqual([]);
    });

    it("finds its pages with site search, and links each result under the base path", async () => {
      const server = await serveStatic(later.out);
      const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
      try {
        const page = await browser.newPage();
        await page.goto(`${server.origin}${basePath}search/?q=interpreting`, { waitUntil: "networkidle0" });
        const result = await page.waitForSelector(
          `pagefind-results a[href="${basePath}policies/interpreting-and-translation/"]`,
        );
        expect(await result!.evaluate((link) => link.textContent?.trim())).toBe("Interpreting and translation policy");
      } finally {
        await browser.close();
        await server.close();
      }
    });

    it("lists every page in the sitemap at its public address under siteUrl", () => {
      const sitemap = readFileSync(path.join(later.site, "sitemap.xml"), "utf8");
      const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]).sort();
      const expected = pages(later.site)
        .filter((url) => url !== "/404.html")
        .map((url) => `${siteUrl.slice(0, -1)}${url}`)
        .sort();
      expect(locs).toEqual(expected);
    });

    it("gives every address in its feed at its public address under siteUrl", () => {
      const feed = readFileSync(path.join(later.site, "feed.xml"), "utf8");
      const hrefs = [...feed.matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? "");
      expect(hrefs.length).toBeGreaterThan(3);
      expect(hrefs.filter((href) => !href.startsWith(siteUrl))).toEqual([]);
    });

    it("redirects old addresses under the base path, and sends unknown ones to the hub's own page not found", () => {
      const rules = readFileSync(path.join(later.out, "_redirects"), "utf8")
        .split("\n")
        .filter((line) => line && !line.startsWith("#"));
      expect(rules.every((rule) => rule.startsWith(basePath) || rule.startsWith("/  "))).toBe(true);
      expect(rules).toContain(`${basePath}equality-and-inclusion/  ${basePath}  301`);
      expect(rules.slice(-1)).toEqual([`${basePath}*  ${basePath}404.html  404`]);
    });

    it("leaves links to the rest of the main site to the external link check", () => {
      const external = collectExternalLinks(later.out, hubFromSitemap(later.out)).map((link) => link.url);
      const host = new URL(siteUrl).origin;
      expect(external.filter((url) => url.startsWith(`${host}/`)).length).toBeGreaterThan(0);
      expect(external.filter((url) => url.startsWith(siteUrl))).toEqual([]);
    });
  });

  // Issue 17: a closed organisation's open data is a record, as its pages are.
  it("publishes its data as a record, as at its last day, and says so on the open data page", () => {
    expect(mainText(later.site, "/data/")).toContain(
      `${example.shortName} closed on 1 July 2022. These files are kept as a record: they hold the data as it stood on 30 June 2022, its last day, and are no longer updated.`,
    );
    const schedule = (built: ExampleBuild) =>
      JSON.parse(readFileSync(path.join(built.site, "data", "publication-schedule.json"), "utf8")) as {
        $schema: string;
        lastUpdated: string;
        closedOn: string | null;
        records: Array<{ id: string; status: string; dueDate: string }>;
      };
    const statuses = (built: ExampleBuild) =>
      schedule(built).records.map(({ id, status, dueDate }) => [id, status, dueDate]);
    const siteUrl = (example.underPath?.siteUrl ?? `https://equality.oakvaleccg.example/`).replace(/\/$/, "");
    expect([schedule(later).$schema, schedule(later).lastUpdated, schedule(later).closedOn]).toEqual([
      `${siteUrl}/data/publication-schedule.schema.json`,
      "2022-06-30",
      "2022-07-01",
    ]);
    expect(statuses(later)).toEqual(statuses(lastDay));
  });

  // Consultations over the years, and the other formats the successor offers (issue 15).
  describe("its consultations over the years, and its other formats", () => {
    const engagementPages = (site: string) => pages(site).filter((url) => /^\/engagement\/[^/]+\/$/.test(url));

    it("keeps how people could respond on every page of one that has closed, sending nobody to respond", () => {
      const all = engagementPages(later.site);
      expect(all.length).toBeGreaterThan(3);
      const records = all.map((url) => {
        const page = readPage(later.site, url);
        return [url, text(page.querySelector("#respond")), page.querySelectorAll("main .nhsuk-action-link").length];
      });
      expect(records).toEqual(all.map((url) => [url, "How people could respond", 0]));
    });

    it.runIf(name === "closed-ccg")(
      "shows a 2018 record with no opening day and a midnight close, and no outcome, as it stood each day",
      () => {
        const url = "/engagement/eye-screening-venues/";
        const summary = (site: string) => text(readPage(site, url).querySelector(".nhsuk-summary-list"));
        expect(summary(later.site)).toBe("Status Closed Type Consultation Closed 11:59pm on Sunday 21 October 2018");
        expect(mainText(later.site, url)).toContain("This consultation closed at 11:59pm on Sunday 21 October 2018.");
        expect(text(readPage(lastDay.site, url).querySelector("#what-happened-next + p"))).toBe(
          "No outcome has been published. Contact us to ask what was decided.",
        );
        expect(text(readPage(later.site, url).querySelector("#what-happened-next + p"))).toBe(
          "No outcome was published here before NHS Oakvale CCG closed. Contact us to ask what was decided.",
        );
      },
    );

    it.runIf(name === "closed-ccg")("shows what was heard and done for a 2018 consultation with an outcome", () => {
      const page = readPage(later.site, "/engagement/minor-injuries-opening-hours/");
      expect(text(page.querySelector("#what-we-heard + p"))).toMatch(/^1,130 people responded/);
      expect(text(page.querySelector("#what-we-did + p"))).toMatch(/^The governing body agreed the weekend hours/);
    });

    it.runIf(name === "joint-ccgs")(
      "says on its last day that the stroke consultation's outcome will follow, and shows it years later",
      () => {
        const url = "/engagement/stroke-rehabilitation/";
        expect(text(readPage(lastDay.site, url).querySelector("#what-happens-next + p"))).toBe(
          "We are considering what we heard and will publish the outcome here.",
        );
        expect(mainText(lastDay.site, url)).toContain("This consultation closed at 5pm on Sunday 5 June 2022.");
        expect(readPage(later.site, url).querySelector("#what-we-heard")).not.toBeNull();
      },
    );

    it.runIf(name === "joint-ccgs")("offers translations on every page, and lists each on the contact page", () => {
      expect(text(readPage(later.site, "/").querySelector(".app-other-formats"))).toContain(
        "Braille or a translation into Nepali or Portuguese, or help from an interpreter or text relay",
      );
      expect(
        [...readPage(later.site, "/contact/").querySelectorAll("#other-formats + p + ul li")].map((item) => text(item)),
      ).toContain("a translation into Portuguese: written, or as an audio recording");
    });
  });

  // Issue 15: publications of any kind, and the cycles and duties in the schedule.
  it.runIf(name === "closed-ccg")(
    "files its older equality information reports under the years they covered, as a record",
    () => {
      const page = readPage(later.site, "/reports/");
      expect([...page.querySelectorAll("main h2[id^='year-'], main h3")].map((heading) => text(heading))).toEqual([
        "2021/22",
        "Equality information report",
        "2020/21",
        "Equality information report",
      ]);
      expect(text(page.querySelector(".nhsuk-lede-text"))).toBe(
        "Here are the reports and statements about equality we published, each under the year it covers.",
      );
      expect(mainText(later.site, "/reports/")).toContain(
        "We published it at least every 12 months. Equality information (yearly equality report) in our publication schedule",
      );
    },
  );

  it.runIf(name === "joint-ccgs")(
    "lists a duty done rather than published: done, not published, and not due after it closed",
    () => {
      const due = {
        [lastDay.site]: "Due 15 September 2022",
        [later.site]: "Due Not due: NHS Wealdshire CCGs closed first",
      };
      for (const site of [lastDay.site, later.site]) {
        const page = readPage(site, "/publication-schedule/");
        const row = [...page.querySelectorAll("tbody tr")].find((item) =>
          text(item.querySelector("th")).includes("Governing bodies' review of progress on equality"),
        );
        const cells = [...(row?.querySelectorAll("td") ?? [])].map((cell) => text(cell));
        expect(cells.slice(0, 4)).toEqual([
          "Required by Local commitment of the six governing bodies, meeting in common At least every year",
          "Status Done",
          due[site],
          "Latest Done 16 September 2021: Governing bodies' review of progress on equality",
        ]);
        expect(text(page.querySelector("caption"))).toBe("Publications and duties by due date");
      }
    },
  );

  it.runIf(name === "joint-ccgs")("names the snapshot its last gender pay gap report covered", () => {
    expect(mainText(later.site, "/publication-schedule/")).toContain(
      "Published 24 February 2022, for the 2021 snapshot: Gender pay gap report (NHS North Wealdshire CCG)",
    );
  });
});

/** What each example's scorecard is, in the words its data gives it. */
const SCORECARDS: Record<
  string,
  { heading: string; card: string; eds2Years: [string, string]; goal3Subtotal: string[]; events: string[][] }
> = {
  "closed-ccg": {
    heading: "Equality Delivery System 2 scorecard",
    card: "EDS2 scorecard",
    eds2Years: ["2015/16", "2016/17"],
    goal3Subtotal: ["Goal 3 subtotal", "9 out of 18", "11 out of 18", "Up 2"],
    events: [
      ["10 February 2016", "2015/16"],
      ["15 February 2017", "2016/17"],
    ],
  },
  "joint-ccgs": {
    heading: "Equality Delivery System scorecard",
    card: "EDS scorecard",
    eds2Years: ["2018/19", "2019/20"],
    goal3Subtotal: ["Goal 3 subtotal", "8 out of 18", "9 out of 18", "Up 1"],
    events: [
      ["20 February 2019", "2018/19"],
      ["19 February 2020", "2019/20"],
    ],
  },
};

describe.each(Object.entries(SCORECARDS))("the Equality Delivery System in the example hub %s", (name, expected) => {
  let site: string;
  let scorecard: Document;

  beforeAll(() => {
    ({ site } = build(name, YEARS_LATER));
    scorecard = readPage(site, "/eds-scorecard/");
  }, 300_000);

  it("names what it graded from its data, on the scorecard and on the home page's card", () => {
    expect([
      text(scorecard.querySelector("h1")),
      text(readPage(site, "/").querySelector("a[href$='/eds-scorecard/'].nhsuk-card__link")),
    ]).toEqual([expected.heading, expected.card]);
  });

  it("shows each EDS2 goal's outcomes with both years graded side by side, and the goal's subtotal", () => {
    const goal = scorecard.querySelector("[id$='goal-3']")?.closest(".app-scorecard-table");
    const [first, second] = expected.eds2Years;
    expect([
      text(goal?.querySelector("h2, h3")),
      text(goal?.querySelector("caption")),
      [...(goal?.querySelectorAll("thead th") ?? [])].map((th) => text(th)),
      [...(goal?.querySelectorAll("tbody tr") ?? [])].map((row) => heard(row)[0]?.split(" ")[0]),
      heard([...(goal?.querySelectorAll("tbody tr") ?? [])].at(-1)),
    ]).toEqual([
      "Goal 3: A representative and supported workforce",
      `Goal 3 outcomes, ${first} and ${second}`,
      ["Outcome", first, second, `Change since ${first}`],
      ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "Goal"],
      expected.goal3Subtotal,
    ]);
  });

  it("gives EDS2 no overall rating, and says why, there and on the home page", () => {
    expect(mainText(site, "/eds-scorecard/")).toContain(
      "EDS2 did not add the outcome grades up into one overall rating as EDS 2022 does, so there is none here: each outcome has its grade, and each goal its subtotal.",
    );
    expect(mainText(site, "/")).toContain(
      `We last graded ourselves against the Equality Delivery System 2 for ${expected.eds2Years[1]}, outcome by outcome, as EDS2 has no overall rating.`,
    );
  });

  it("records each EDS2 grading event, and who took part, with the grading", () => {
    const rows = [...scorecard.querySelectorAll(".app-grading-events tbody tr")].map(heard);
    expect([rows.map((row) => row.slice(0, 2)), rows.every((row) => (row[3] ?? "").length > 0)]).toEqual([
      expected.events,
      true,
    ]);
  });

  it.runIf(name === "closed-ccg")("claims no EDS 2022 grade, scorecard or outcome it never had", () => {
    const claims = pages(site).filter((url) =>
      /EDS 2022 (scorecard|outcomes)|Equality Delivery System 2022 (scorecard|outcomes|rating)/.test(
        mainText(site, url),
      ),
    );
    expect([claims, text(readPage(site, "/objectives/fair-place-to-work/").querySelector("main caption"))]).toEqual([
      [],
      "EDS2 outcomes under this objective",
    ]);
  });

  it.runIf(name === "joint-ccgs")(
    "puts EDS2 beside EDS 2022, each in its own section, and lists every EDS 2022 outcome as not graded",
    () => {
      const sections = [...scorecard.querySelectorAll("h2.app-scorecard-version")].map((heading) => text(heading));
      const eds2022 = [...scorecard.querySelectorAll("[id^='eds-2022-domain-']")].flatMap((heading) =>
        [...(heading.closest(".app-scorecard-table")?.querySelectorAll("tbody tr") ?? [])].map(heard),
      );
      expect([sections, eds2022.length, eds2022.filter((row) => row[1] !== "Not graded")]).toEqual([
        ["Equality Delivery System 2022 (EDS 2022)", "Equality Delivery System 2 (EDS2)"],
        11,
        [],
      ]);
    },
  );
});
