/**
 * Left end to end, through the real build command, on purpose: what this asserts is how the build
 * command meets an error from inside Eleventy (its message, exit 1, no output folder, no stack
 * trace, no staging folder left behind), and only scripts/build.ts does that. It costs a run of
 * Eleventy and no more: the build stops there, before the browser checks.
 */
import { cpSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, PINNED_TODAY, PROJECT_ROOT, removeDir, runBuild, type BuildRun } from "../helpers/build-hub.ts";
import { BUILD_TIMEOUT } from "./run-build.ts";

let workDir: string;
let run: BuildRun;

beforeAll(() => {
  workDir = makeTempDir("same-address");
  const input = path.join(workDir, "input");
  cpSync(path.join(PROJECT_ROOT, "site"), input, { recursive: true });
  writeFileSync(
    path.join(input, "policies-again.md"),
    "---\ntitle: Policies again\nlayout: layouts/page.njk\npermalink: /policies/\n---\n\nText.\n",
  );
  run = runBuild(["--input", input, "--output", path.join(workDir, "site"), "--today", PINNED_TODAY]);
}, BUILD_TIMEOUT);

afterAll(() => removeDir(workDir));

describe("a build where two pages claim one address", () => {
  it("names both pages and the address, and publishes nothing", () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("The site could not be built, so nothing was published:");
    expect(run.stderr).toMatch(/Output conflict: multiple input files are writing to `.*site\/policies\/index\.html`/);
    expect(run.stderr).toMatch(/policies-again\.md/);
    expect(run.stderr).toMatch(/policies\/index\.njk/);
    expect(existsSync(path.join(workDir, "site"))).toBe(false);
  });

  it("prints no stack trace and leaves no half-built folder behind", () => {
    expect(run.stderr).not.toMatch(/^\s*(\[11ty\])?\s+at /m);
    expect(run.stderr).not.toContain(".staging-");
  });
});
