/**
 * Files saved by Windows editors: a UTF-8 byte order mark and CRLF line endings. These must work,
 * so this builds a whole copy of the example data saved that way and checks the pages.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, PINNED_TODAY, PROJECT_ROOT, readPage, removeDir, runBuild, text, type BuildRun } from "../helpers/build-hub.ts";

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
  run = runBuild(["--data", dataDir, "--input", input, "--output", site, "--today", PINNED_TODAY]);
});

afterAll(() => removeDir(workDir));

describe("data and pages saved with a byte order mark and Windows line endings", () => {
  it("build and publish", () => {
    expect(run.stderr + run.stdout).toMatch(/Published \d+ pages/);
    expect(run.status).toBe(0);
  });

  it("read the same as the originals: no stray characters in names or titles", () => {
    expect(text(readPage(site, "/").querySelector("h1"))).toBe("NHS Wealdmoor Integrated Care Board: equality, diversity and inclusion");
    expect(text(readPage(site, "/contact/").querySelector("h1"))).toBe("Contact us and other formats");
    expect(readFileSync(path.join(site, "index.html"), "utf8")).not.toMatch(/\uFEFF|\r/);
  });
});
