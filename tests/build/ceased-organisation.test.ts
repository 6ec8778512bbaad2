/**
 * A CCG that has closed: every page says so and links its successor. Builds a copy of the example
 * data with Eleventy alone (the gate is tested elsewhere), before and after the closing day.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, makeTempDir, readPage, removeDir, text } from "../helpers/build-hub.ts";
import { renderWithEleventy } from "../helpers/render-copy.ts";
import { htmlPages } from "./page-queries.ts";

let workDir: string;
let dataDir: string;

function buildOn(today: string): string {
  const site = path.join(workDir, `site-${today}`);
  renderWithEleventy(dataDir, site, today);
  return site;
}

/** Builds on `today` with organisation.yaml's text edited, and puts the file back after. */
function buildWithOrganisation(edit: (text: string) => string, today: string): string {
  const file = path.join(dataDir, "organisation.yaml");
  const before = readFileSync(file, "utf8");
  writeFileSync(file, edit(before));
  try {
    return buildOn(today);
  } finally {
    writeFileSync(file, before);
  }
}

beforeAll(() => {
  workDir = makeTempDir("ceased");
  dataDir = path.join(workDir, "data");
  cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
  const file = path.join(dataDir, "organisation.yaml");
  const ceased =
    'ceased:\n  closedOn: "2022-07-01"\n  successor:\n    name: NHS Wealdmoor Integrated Care Board\n    url: https://www.wealdmoor-icb.example/\n';
  writeFileSync(
    file,
    readFileSync(file, "utf8")
      .replace("name: NHS Wealdmoor Integrated Care Board", "name: NHS Wealdmoor CCG")
      .replace("shortName: NHS Wealdmoor ICB", "shortName: NHS Wealdmoor CCG")
      .replace("type: ICB", "type: CCG") + ceased,
  );
  // A CCG cites the 2012 Act's sections: the example ICB's legal duties would be refused.
  cpSync(
    path.join(PROJECT_ROOT, "tests/unit/legal-duties/ccg-legal-duties.yaml"),
    path.join(dataDir, "legal-duties.yaml"),
  );
});

afterAll(() => removeDir(workDir));

describe("a closed organisation", () => {
  it("says on every page that it has closed, and links its successor", () => {
    const site = buildOn("2026-11-23");
    const banners = htmlPages(site).map((file) =>
      readPage(site, `/${path.relative(site, file).split(path.sep).join("/")}`).querySelector(".app-ceased-banner"),
    );
    expect(banners.every(Boolean)).toBe(true);
    const banner = banners[0];
    expect(text(banner)).toBe(
      "Important NHS Wealdmoor CCG closed on 1 July 2022. Its work is now done by NHS Wealdmoor Integrated Care Board. This website is kept as a record and is no longer updated.",
    );
    expect(banner?.querySelector("a")?.getAttribute("href")).toBe("https://www.wealdmoor-icb.example/");
    expect(banner?.getAttribute("role")).toBe("region");
  });

  it("says it will close, before the closing day", () => {
    // The copied data holds publications up to 2026, which a build as at 2022 refuses as in the
    // future; so this copy closes the day after the day it is built for instead.
    const site = buildWithOrganisation(
      (yaml) => yaml.replace('closedOn: "2022-07-01"', 'closedOn: "2026-11-24"'),
      "2026-11-23",
    );
    expect(text(readPage(site, "/").querySelector(".app-ceased-banner"))).toBe(
      "Important NHS Wealdmoor CCG will close on 24 November 2026. Its work will then be done by NHS Wealdmoor Integrated Care Board.",
    );
  });

  it("keeps its policies as a record, no longer in force, and flags none for review", () => {
    const site = buildOn("2026-11-23");
    const policies = text(readPage(site, "/policies/").querySelector("main"));
    expect(policies).toContain(
      "These are the policies NHS Wealdmoor CCG worked to when it closed. They are kept as a record and are no longer in force.",
    );
    expect(policies).not.toContain("Review overdue");
  });

  it("publishes no calendar and links none, as nothing is still to come, but keeps its feed as a record", () => {
    // A folder of its own: the other tests render into one folder, and leave a calendar in it from
    // the day before the closing day.
    const site = path.join(workDir, "site-record");
    renderWithEleventy(dataDir, site, "2026-11-23");
    const linking = htmlPages(site).filter((file) => readFileSync(file, "utf8").includes("calendar.ics"));
    expect([existsSync(path.join(site, "calendar.ics")), linking]).toEqual([false, []]);
    expect(readFileSync(path.join(site, "feed.xml"), "utf8")).toContain(
      "<id>https://equality.wealdmoor-icb.example/policies/conflicts-of-interest/</id>",
    );
    expect(text(readPage(site, "/reports/").querySelector("main a[href='/feed.xml']"))).toBe(
      "What we published, as a feed",
    );
  });

  it("names its successor's integrated care system in the banner when the data gives one", () => {
    const site = buildWithOrganisation(
      (yaml) =>
        yaml.replace(
          "    url: https://www.wealdmoor-icb.example/\n",
          "    url: https://www.wealdmoor-icb.example/\n    system:\n      name: Wealdmoor Health and Care Partnership\n      url: https://www.wealdmoorhcp.example/\n  message: Current information about equality in Wealdmoor is on the ICB's website.\n",
        ),
      "2026-11-23",
    );
    expect(text(readPage(site, "/").querySelector(".app-ceased-banner"))).toBe(
      "Important NHS Wealdmoor CCG closed on 1 July 2022. Its work is now done by NHS Wealdmoor Integrated Care Board, part of Wealdmoor Health and Care Partnership. Current information about equality in Wealdmoor is on the ICB's website.",
    );
  });
});
