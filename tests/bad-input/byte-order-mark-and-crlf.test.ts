/**
 * Files saved by Windows editors: a UTF-8 byte order mark and CRLF line endings. These must work,
 * so this renders a whole copy of the example data and pages saved that way and checks the pages.
 *
 * Rendered with Eleventy alone (tests/helpers/render-copy.ts), not the gated build: the byte order
 * mark and line endings matter where files are read (the content checks, which the renderer runs
 * first, as the build does, and Eleventy), and there this asserts what the gated build did. What
 * comes after, the link and browser checks and publishing, reads only the HTML, and none of them
 * would notice a byte order mark left in a page, so this looks for one on every page instead.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  makeTempDir,
  PINNED_TODAY,
  PROJECT_ROOT,
  readPage,
  removeDir,
  text,
  type BuildRun,
} from "../helpers/build-hub.ts";
import { renderCopy } from "../helpers/render-copy.ts";
import { siteFiles } from "../helpers/site-files.ts";
import { BUILD_TIMEOUT } from "./run-build.ts";

let workDir: string;
let run: BuildRun;
let site: string;

beforeAll(() => {
  workDir = makeTempDir("windows-files");
  const dataDir = path.join(workDir, "_data");
  const input = path.join(workDir, "input");
  site = path.join(workDir, "site");
  cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
  cpSync(path.join(PROJECT_ROOT, "site"), input, { recursive: true });
  // Every data file with a byte order mark and CRLF; a markdown page the same.
  for (const name of readdirSync(dataDir)) {
    const file = path.join(dataDir, name);
    writeFileSync(file, `\uFEFF${readFileSync(file, "utf8").replace(/\n/g, "\r\n")}`);
  }
  const page = path.join(input, "contact.md");
  writeFileSync(page, `\uFEFF${readFileSync(page, "utf8").replace(/\n/g, "\r\n")}`);
  run = renderCopy({ dataDir, inputDir: input, outputDir: site, today: PINNED_TODAY });
}, BUILD_TIMEOUT);

afterAll(() => removeDir(workDir));

describe("data and pages saved with a byte order mark and Windows line endings", () => {
  it("pass the content checks and build", () => {
    expect(run.stderr + run.stdout).toMatch(/Rendered \d+ pages/);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("read the same as the originals: no stray characters in names or titles", () => {
    expect(text(readPage(site, "/").querySelector("h1"))).toBe(
      "NHS Wealdmoor Integrated Care Board: equality, diversity and inclusion",
    );
    expect(text(readPage(site, "/contact/").querySelector("h1"))).toBe("Contact us and other formats");
    expect(readFileSync(path.join(site, "index.html"), "utf8")).not.toMatch(/\uFEFF|\r/);
  });

  it("leave no byte order mark or carriage return in any page", () => {
    const pages = siteFiles(site).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter((file) => readFileSync(path.join(site, file), "utf8").includes("\uFEFF"))).toEqual([]);
    expect(pages.filter((file) => readFileSync(path.join(site, file), "utf8").includes("\r"))).toEqual([]);
  });
});
