/**
 * A hub that keeps its markdown pages in a folder of its own (as the example hubs in examples/ do)
 * gets the templates' pages from site/ and its own prose pages, and none of site/'s prose pages.
 */
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, PROJECT_ROOT, readPage, removeDir, text, type BuildRun } from "../helpers/build-hub.ts";
import { renderCopy } from "../helpers/render-copy.ts";
import { siteFiles } from "../helpers/site-files.ts";

let workDir: string;
let site: string;
let run: BuildRun;

beforeAll(() => {
  workDir = makeTempDir("own-pages");
  const pages = path.join(workDir, "pages");
  site = path.join(workDir, "site");
  mkdirSync(pages);
  // The pages every hub's templates link to, in this hub's own words; no "our equality work".
  for (const file of ["contact.md", "accessibility-statement.md"]) {
    cpSync(path.join(PROJECT_ROOT, "site", file), path.join(pages, file));
  }
  writeFileSync(
    path.join(pages, "about-the-partnership.md"),
    "---\ntitle: About the partnership\nlayout: layouts/page.njk\n---\n\nSix CCGs published one strategy together.\n",
  );
  run = renderCopy({ pagesDir: pages, outputDir: site });
}, 120_000);

afterAll(() => removeDir(workDir));

describe("a hub with its own pages folder", () => {
  it("renders", () => {
    // Eleventy notes a filter that took 10% of a build's time, which on a busy machine can be any
    // of them: a note on its speed, not on the content.
    expect(run.stderr.replace(/^\[11ty\] Benchmark .*\n?/gm, "")).toBe("");
    expect(run.status).toBe(0);
  });

  it("publishes its own prose pages at their addresses", () => {
    expect(text(readPage(site, "/about-the-partnership/").querySelector("h1"))).toBe("About the partnership");
    expect(text(readPage(site, "/about-the-partnership/").querySelector("main"))).toContain(
      "Six CCGs published one strategy together.",
    );
  });

  it("publishes the templates' pages from site/", () => {
    expect(text(readPage(site, "/objectives/").querySelector("h1"))).toBe("Equality objectives");
  });

  it("publishes none of the prose pages that sit beside the templates in site/", () => {
    expect(siteFiles(site).filter((file) => file.startsWith("our-equality-work/"))).toEqual([]);
  });
});
