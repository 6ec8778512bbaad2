/**
 * The internal link check in the real build: a markdown page with a broken link and one with a
 * broken fragment stop the build before the accessibility checks, naming page and target, and
 * nothing is published. The example hub's own links all pass.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, PINNED_TODAY, PROJECT_ROOT, removeDir, runBuild, type BuildRun } from "../helpers/build-hub.ts";
import { exampleSite } from "../helpers/example-site.ts";

const PAGE_START = "---\ntitle: Link test\nlayout: layouts/page.njk\n---\n\n";

let workDir: string;
let outputDir: string;
let run: BuildRun;

beforeAll(() => {
  workDir = makeTempDir("broken-links");
  const inputDir = path.join(workDir, "input");
  outputDir = path.join(workDir, "site");
  cpSync(path.join(PROJECT_ROOT, "site"), inputDir, { recursive: true });
  mkdirSync(path.join(inputDir, "link-test"));
  writeFileSync(
    path.join(inputDir, "link-test", "broken-link.md"),
    `${PAGE_START}Read our [policies](/policiez/) and [objectives](/objectives/).\n`,
  );
  writeFileSync(
    path.join(inputDir, "link-test", "broken-fragment.md"),
    `${PAGE_START}See [workforce policies](/policies/#workforse) and [below](#nowhere).\n`,
  );
  run = runBuild(["--input", inputDir, "--output", outputDir, "--today", PINNED_TODAY]);
});

afterAll(() => removeDir(workDir));

describe("a build with broken internal links", () => {
  it("fails with exit 1 and publishes nothing", () => {
    expect(run.status).toBe(1);
    expect(existsSync(outputDir)).toBe(false);
    expect(run.stderr).toContain("Nothing was published: fix the links and build again.");
  });

  it("names the page and the target of a link to a page that does not exist", () => {
    expect(run.stderr).toContain("/link-test/broken-link/ -> /policiez/: no page or file at /policiez/");
  });

  it("names the page and the target of each fragment that matches no heading or id", () => {
    expect(run.stderr).toContain(
      "/link-test/broken-fragment/ -> /policies/#workforse: no element with id 'workforse' on /policies/",
    );
    expect(run.stderr).toContain("/link-test/broken-fragment/ -> #nowhere: no element with id 'nowhere' on this page");
  });

  it("counts the broken links and names no page of the example hub", () => {
    expect(run.stderr).toContain("3 broken internal links:");
    const pages = [...run.stderr.matchAll(/^(\/\S*) -> /gm)].map((match) => match[1]);
    expect(pages.filter((page) => !page?.startsWith("/link-test/"))).toEqual([]);
  });

  it("stops before the accessibility checks, which would only slow the answer down", () => {
    expect(run.stdout).not.toContain("Checking each with html-validate");
  });
});

describe("the example hub build", () => {
  it("says it checked every internal link and found them all", () => {
    expect(exampleSite().output).toMatch(/Checked \d+ internal links on \d+ pages: all found\./);
  });
});
