/**
 * The bench's generated hub (scripts/bench/generate-hub.ts) is a hub the build accepts: its data
 * validates, every page it adds is one the hub makes from data, and the example's own data is
 * left as it was. The bench would otherwise time a build that failed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generateHub, type GeneratedHub } from "../../scripts/bench/generate-hub.ts";
import { makeTempDir, PROJECT_ROOT, readPage, removeDir, text, type BuildRun } from "../helpers/build-hub.ts";
import { renderCopy } from "../helpers/render-copy.ts";
import { htmlPages } from "./page-queries.ts";

let workDir: string;
let site: string;
let example: string;
let hub: GeneratedHub;
let run: BuildRun;
let exampleRun: BuildRun;

const EXTRA_PAGES = 60;

beforeAll(() => {
  workDir = makeTempDir("generated-hub");
  site = path.join(workDir, "out");
  example = path.join(workDir, "example");
  hub = generateHub(path.join(workDir, "hub"), EXTRA_PAGES);
  run = renderCopy({ inputDir: hub.inputDir, dataDir: hub.dataDir, outputDir: site });
  exampleRun = renderCopy({ outputDir: example });
}, 240_000);

afterAll(() => removeDir(workDir));

describe("generateHub", () => {
  it("makes a hub whose data validates and renders", () => {
    expect(run.stderr.replace(/^\[11ty\] Benchmark .*\n?/gm, "")).not.toMatch(/error|problem/i);
    expect(run.status).toBe(0);
    expect(exampleRun.status).toBe(0);
  });

  it("adds exactly as many pages as asked, mostly policies", () => {
    expect(htmlPages(site).length - htmlPages(example).length).toBe(EXTRA_PAGES);
    expect(hub.added.policies).toBeGreaterThan(EXTRA_PAGES / 2);
  });

  it("gives each cloned policy a page of its own, under its own title and reference", () => {
    const { policies } = parse(readFileSync(path.join(hub.dataDir, "policies.yaml"), "utf8")) as {
      policies: Array<{ id: string; title: string; reference: string }>;
    };
    const clone = policies.find((policy) => policy.reference === "GEN-0003")!;
    expect(clone.id).toMatch(/-3$/);
    const page = readPage(site, `/policies/${clone.id}/`);
    expect(text(page.querySelector("h1"))).toBe(clone.title);
    expect(clone.title).toMatch(/ \(3\)$/);
    expect(text(page.querySelector("main"))).toContain("GEN-0003");
  });

  it("adds consultations and earlier gender pay gap reports with pages of their own", () => {
    expect(hub.added.engagements).toBeGreaterThan(0);
    expect(text(readPage(site, "/engagement/").querySelector("main"))).toContain("(1)");
    const years = hub.added.genderPayGapYears;
    expect(years).toBeGreaterThan(0);
    expect(text(readPage(site, "/reports/").querySelector("main"))).toContain("2018");
  });

  it("leaves the example hub's own data untouched", () => {
    const policies = readFileSync(path.join(PROJECT_ROOT, "_data", "policies.yaml"), "utf8");
    expect(policies).not.toContain("GEN-0001");
  });
});
