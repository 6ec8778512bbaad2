/**
 * What `npm run new` adds, through the gate: on a copy of the example hub with one of each kind
 * added, the pages that show them (their own pages, and the lists they join) pass html-validate,
 * axe and HTML_CodeSniffer as they stand, before anyone has edited a value, so an editor who
 * publishes too soon publishes placeholders, never a failing page.
 */
import { cpSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runGate } from "../../lib/gate/run-gate.ts";
import { siteFile } from "../../lib/site-paths/site-file.ts";
import { makeTempDir, PINNED_TODAY, PROJECT_ROOT, removeDir, runNew } from "../helpers/build-hub.ts";
import { renderCopy } from "../helpers/render-copy.ts";

const PAGES = [
  "/policies/flexible-working-policy/",
  "/policies/",
  "/objectives/fair-pay-for-every-ethnic-group/",
  "/objectives/",
  "/engagement/changes-to-patient-transport/",
  "/engagement/",
  "/reports/",
  "/our-staff-networks/",
];

let workDir: string;
beforeAll(() => {
  workDir = makeTempDir("new-gate");
});
afterAll(() => removeDir(workDir));

describe("the pages of entries npm run new added, not yet edited", () => {
  it("pass the gate", async () => {
    const dataDir = path.join(workDir, "_data");
    const siteDir = path.join(workDir, "site");
    const outputDir = path.join(workDir, "out");
    cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
    cpSync(path.join(PROJECT_ROOT, "site"), siteDir, { recursive: true });
    const folders = ["--data", dataDir, "--input", siteDir, "--pages", siteDir, "--today", PINNED_TODAY];
    for (const [kind, title] of [
      ["policy", "Flexible working policy"],
      ["objective", "Fair pay for every ethnic group"],
      ["consultation", "Changes to patient transport"],
      ["report", "Modern Slavery Act statement"],
      ["page", "Our staff networks"],
    ]) {
      const run = runNew([kind as string, title as string, ...folders]);
      expect(run.status, run.stderr).toBe(0);
    }
    const render = renderCopy({ dataDir, inputDir: siteDir, outputDir });
    expect(render.status, render.stderr).toBe(0);

    const pages = PAGES.map((url) => ({ url, outputPath: siteFile(outputDir, url) as string }));
    const result = await runGate({ siteDir: outputDir, pages });

    expect(result.findings).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.pagesChecked).toBe(PAGES.length);
  });
});
