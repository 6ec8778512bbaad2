/**
 * `npm run check` as an editor runs it: the example hub passes with one last line that says what
 * was checked and that no browser checks were run; a broken YAML file and a broken internal link
 * stop it with exit 1 and the build's own messages; the writing help's warnings are printed and
 * never stop it; a mistake in how it is called is exit 2. It leaves the published site, the gate's
 * cache and the temporary folder as it found them.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, PINNED_TODAY, PROJECT_ROOT, removeDir, runCheck, type BuildRun } from "../helpers/build-hub.ts";

const FINAL_LINE = new RegExp(
  `^Checked the data, pages and \\d+ internal links of \\d+ pages for ${PINNED_TODAY} in \\d+\\.\\d s; no browser checks were run \\(npm run build runs them before it publishes\\)\\.$`,
);

let workDir: string;
/** Where the check is told the published site is, with a site already in it. */
let outputDir: string;
let cacheDir: string;
/** The check's os.tmpdir(). */
let tmpDir: string;

/** The check with the published site, the cache folder and the temporary folder pointed into workDir. */
function check(args: string[]): BuildRun {
  return runCheck(["--today", PINNED_TODAY, ...args], {
    HUB_OUTPUT_DIR: outputDir,
    HUB_GATE_CACHE: "",
    HUB_GATE_CACHE_DIR: cacheDir,
    TMPDIR: tmpDir,
  });
}

const lastLine = (text: string) => text.trimEnd().split("\n").at(-1);
const leftInTmp = () => readdirSync(tmpDir).filter((name) => name.startsWith("equality-hub-check-"));

beforeAll(() => {
  workDir = makeTempDir("check-command");
  outputDir = path.join(workDir, "published");
  cacheDir = path.join(workDir, "cache");
  tmpDir = path.join(workDir, "tmp");
  mkdirSync(outputDir);
  mkdirSync(tmpDir);
  writeFileSync(path.join(outputDir, "index.html"), "the published site");
});

afterAll(() => removeDir(workDir));

describe("npm run check on the example hub", () => {
  let run: BuildRun;
  beforeAll(() => {
    run = check([]);
  });

  it("passes with exit 0 and ends saying what it checked, how long it took, and that no browser checks were run", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(lastLine(run.stdout)).toMatch(FINAL_LINE);
  });

  it("prints the build's own link and search lines before it", () => {
    expect(run.stdout).toMatch(/Checked \d+ internal links on \d+ pages: all found\./);
    expect(run.stdout).toMatch(/Indexed \d+ pages for site search/);
    expect(run.stdout).not.toContain("html-validate");
  });

  it("ends with the build's summary before its last line, naming what is overdue, due and past review, with no gate lines", () => {
    const lines = run.stdout.trimEnd().split("\n");
    const start = lines.indexOf("Summary for 23 November 2026:");
    expect(start).toBeGreaterThan(-1);
    expect(lines.slice(start + 1, -1).map((line) => line.trim())).toEqual([
      expect.stringMatching(/^Pages: \d+ built\.$/),
      "Overdue: Workforce Race Equality Standard report (due 31 October 2026).",
      "Due in the next 60 days (by 22 January 2027): Equality information (public sector equality duty annual report) (due 9 December 2026), Accessibility statement review (due 18 December 2026) and Equality impact assessment update (due 18 January 2027).",
      "Policies past their review date: Recruitment and selection policy (review was due 31 March 2026) and Equality impact assessment procedure (review was due 31 July 2026).",
      "Consultations and engagement opening in the next 14 days: none.",
      "Consultations and engagement closing in the next 14 days: none.",
      "Warnings: 2 data warnings, 0 link warnings and 0 writing warnings (listed above).",
    ]);
  });

  it("leaves the published site as it was and writes no staging folder beside it", () => {
    expect(readdirSync(outputDir)).toEqual(["index.html"]);
    expect(readFileSync(path.join(outputDir, "index.html"), "utf8")).toBe("the published site");
    expect(readdirSync(workDir).sort()).toEqual(["cache", "published", "tmp"]);
  });

  it("never writes the gate's cache, keeping only what the build keeps there too: the compiled styles and the writing help's findings", () => {
    expect(readdirSync(cacheDir).sort()).toEqual(["nhsuk-css", "writing-help"]);
  });

  it("removes its temporary folder", () => {
    expect(leftInTmp()).toEqual([]);
  });
});

describe("npm run check on a copy with broken YAML", () => {
  it("exits 1 naming the file, line and column, before rendering anything", () => {
    const dataDir = path.join(workDir, "broken-yaml", "_data");
    cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
    const file = path.join(dataDir, "objectives.yaml");
    const source = readFileSync(file, "utf8");
    const from = "    lead: Director of Nursing and Quality";
    expect(source).toContain(from);
    writeFileSync(file, source.replace(from, "    lead: [Director of Nursing and Quality"));

    const run = check(["--data", dataDir]);

    expect(run.status).toBe(1);
    const named = path.relative(PROJECT_ROOT, file).split(path.sep).join("/");
    expect(run.stderr).toContain(`${named}:13:11 this '[' is never closed: add ']' at the end of the line`);
    expect(run.stdout).not.toMatch(FINAL_LINE);
    expect(leftInTmp()).toEqual([]);
  });
});

describe("npm run check on a copy with a broken internal link in a markdown page", () => {
  it("exits 1 naming the page and the address, and removes its temporary folder", () => {
    const inputDir = path.join(workDir, "broken-link", "site");
    cpSync(path.join(PROJECT_ROOT, "site"), inputDir, { recursive: true });
    mkdirSync(path.join(inputDir, "link-test"));
    writeFileSync(
      path.join(inputDir, "link-test", "broken-link.md"),
      "---\ntitle: Link test\nlayout: layouts/page.njk\n---\n\nRead our [policies](/policiez/).\n",
    );

    const run = check(["--input", inputDir]);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain("/link-test/broken-link/ -> /policiez/: no page or file at /policiez/");
    expect(run.stderr).toContain("1 broken internal link:");
    expect(run.stdout).not.toMatch(FINAL_LINE);
    expect(run.stdout).toContain("  Stopped at the link and redirect checks: the problems are listed above.");
    expect(leftInTmp()).toEqual([]);
  });
});

describe("npm run check on a copy with wording to improve", () => {
  it("prints the writing help's warnings at the page's line and column, and still exits 0", () => {
    const inputDir = path.join(workDir, "writing", "site");
    cpSync(path.join(PROJECT_ROOT, "site"), inputDir, { recursive: true });
    const file = path.join(inputDir, "writing-test.md");
    writeFileSync(
      file,
      "---\ntitle: Writing test\nlayout: layouts/page.njk\n---\n\nAnyone who suffers from asthma can ask us.\n",
    );

    const run = check(["--input", inputDir]);

    expect(run.status, run.stderr).toBe(0);
    const named = path.relative(PROJECT_ROOT, file).split(path.sep).join("/");
    expect(run.stderr).toContain(
      `${named}:6:12 writing: say 'has' or 'lives with' instead of 'suffers from': it describes a condition without saying how the person feels about it (inclusive language: suffers-from)`,
    );
    expect(run.stderr).toMatch(/\d+ writing suggestions? in \d+ files?: the site still builds\./);
    expect(lastLine(run.stdout)).toMatch(FINAL_LINE);
  });
});

describe("npm run check called wrongly", () => {
  it("exits 2 for a flag only the build has, saying why", () => {
    const run = check(["--output", outputDir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--output is for npm run build: the check publishes nothing");
    expect(run.stderr).toContain("Usage: npm run check");
  });

  it("exits 2 for a flag it does not know, with its usage", () => {
    const run = check(["--dta", "_data"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage: npm run check");
  });
});
