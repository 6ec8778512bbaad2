/** Checks against the built site: redirects and Easy Read links must reach what the build made. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkTargets, existsInSite } from "../../../lib/build/check-targets.ts";
import { readFrontMatter } from "../../../lib/content/front-matter.ts";
import { loadFixture } from "../data/fixture-hub.ts";
import { makeTempDir, removeDir } from "../../helpers/build-hub.ts";

let site: string;

beforeAll(() => {
  site = makeTempDir("targets");
  mkdirSync(path.join(site, "objectives"), { recursive: true });
  writeFileSync(path.join(site, "index.html"), "<!DOCTYPE html>");
  writeFileSync(path.join(site, "objectives/index.html"), "<!DOCTYPE html>");
  writeFileSync(path.join(site, "report.pdf"), "%PDF");
});

afterAll(() => removeDir(site));

function loaded(redirectsYaml: string) {
  const result = loadFixture({ "redirects.yaml": redirectsYaml });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe("finding a path in the built site", () => {
  it("finds pages with or without the last slash, and files", () => {
    expect([
      existsInSite(site, "/objectives/"),
      existsInSite(site, "/objectives"),
      existsInSite(site, "/report.pdf"),
      existsInSite(site, "/objectives/#outcomes"),
    ]).toEqual([true, true, true, true]);
  });

  it("never finds anything outside the site folder", () => {
    expect(existsInSite(site, `/../${path.basename(site)}/index.html`)).toBe(true);
    expect(existsInSite(site, "/../../etc/passwd")).toBe(false);
  });
});

describe("checking redirects and Easy Read links against the build", () => {
  it("passes redirects to pages that exist and to other sites", () => {
    const { data, files } = loaded(
      "redirects:\n  - { from: /old/, to: /objectives/ }\n  - { from: /older/, to: https://successor.example/ }\n",
    );
    expect(checkTargets(site, data, files, [])).toEqual([]);
  });

  it("points at a redirect to a page the build did not make", () => {
    const { data, files } = loaded("redirects:\n  - { from: /old/, to: /objectivs/ }\n");
    expect(checkTargets(site, data, files, [])).toEqual([
      {
        file: "_data/redirects.yaml",
        line: 2,
        column: 24,
        path: "redirects[0].to",
        message:
          "'/objectivs/' is not a page of the site this build made: point the redirect at a page that exists, such as '/'",
      },
    ]);
  });

  it("points at a redirect from an address that is still a page, which Netlify would never follow", () => {
    const { data, files } = loaded("redirects:\n  - { from: /objectives, to: / }\n");
    expect(checkTargets(site, data, files, [])).toEqual([
      expect.objectContaining({
        line: 2,
        path: "redirects[0].from",
        message:
          "'/objectives' is a page of this site, so Netlify would show the page and never redirect: remove the redirect, or the page",
      }),
    ]);
  });

  it("points at an Easy Read link to a page the build did not make", () => {
    const { data, files } = loaded("redirects: []\n");
    const read = readFrontMatter("---\ntitle: Work\neasyRead:\n  url: /our-work/easy-read/\n---\n", "site/our-work.md");
    if (!read.ok) throw new Error("front matter should read");
    expect(checkTargets(site, data, files, [read.page])).toEqual([
      {
        file: "site/our-work.md",
        line: 4,
        column: 8,
        path: "easyRead.url",
        message:
          "the Easy Read version '/our-work/easy-read/' is not a page or file of the site this build made: check the address, or add the page",
      },
    ]);
  });
});
