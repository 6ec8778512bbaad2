/**
 * The build is reproducible: the same data, pages and date give a byte-identical site, wherever
 * it is built to. So a deploy changes only what an editor changed, a reviewer can compare two
 * builds file by file, and nothing varies with the clock, the order files are read in, random ids
 * or the machine's paths.
 *
 * The first build is the example hub the global setup published through the real build command,
 * browser checks and all. The second is made another way, so it costs a second or two instead of
 * a second gated build: Eleventy alone, in another process, into a folder of another name, and
 * then the build's own writer (lib/build/gate-results.ts) puts the first build's gate results,
 * summarised by the build's own summariser from its JSON report, into the accessibility
 * statement. Every file still has to match byte for byte, the statement included, so this proves
 * what two gated builds did: Eleventy's output and the gate-results writer depend only on their
 * inputs. It also proves that the gate changes nothing else in the site it publishes. What it no
 * longer repeats is the browser checks themselves, whose results reach the site only through that
 * summary (the date, pages checked, standard, tools and problem count, never timings).
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summariseGate } from "../../lib/build/gate-results.ts";
import type { GateResult } from "../../lib/gate/findings.ts";
import { makeTempDir, PINNED_TODAY, removeDir, type BuildRun } from "../helpers/build-hub.ts";
import { exampleSite } from "../helpers/example-site.ts";
import { renderCopy } from "../helpers/render-copy.ts";
import { siteFiles } from "../helpers/site-files.ts";

/** How many differing files a failure describes, so the message stays readable. */
const FILES_SHOWN = 3;

let first: string;
let workDir: string;
let second: string;
let run: BuildRun;

beforeAll(() => {
  first = exampleSite().dir;
  workDir = makeTempDir("reproducible");
  // The build writes its gate report beside the site it published (docs/gate.md).
  const report = JSON.parse(readFileSync(`${first}-reports/gate-report.json`, "utf8")) as GateResult;
  const gateResults = path.join(workDir, "gate-results.json");
  writeFileSync(gateResults, JSON.stringify(summariseGate(report, PINNED_TODAY)));
  // A different folder name from the first build, so a path written into a page shows up too.
  second = path.join(workDir, "second-build");
  run = renderCopy({ outputDir: second, today: PINNED_TODAY, gateResultsFile: gateResults });
});

afterAll(() => removeDir(workDir));

function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** The first line that differs between two versions of a text file, with its number. */
function firstDifference(file: string): string {
  const before = readFileSync(path.join(first, file), "utf8").split("\n");
  const after = readFileSync(path.join(second, file), "utf8").split("\n");
  const line = before.findIndex((text, index) => text !== after[index]);
  const at = line === -1 ? before.length : line;
  const clip = (text: string | undefined): string => (text === undefined ? "(no line)" : text.trim().slice(0, 200));
  return `${file}, line ${at + 1}:\n  first build:  ${clip(before[at])}\n  second build: ${clip(after[at])}`;
}

describe("building the same hub twice", () => {
  it("renders the second time too", () => {
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it("writes the same list of files", () => {
    expect(siteFiles(second)).toEqual(siteFiles(first));
  });

  it("writes every file byte for byte the same", () => {
    const files = siteFiles(first).filter((file) => siteFiles(second).includes(file));
    const differing = files.filter((file) => sha256(path.join(first, file)) !== sha256(path.join(second, file)));
    const shown = differing.slice(0, FILES_SHOWN).map(firstDifference);
    const more =
      differing.length > FILES_SHOWN
        ? [`…and ${differing.length - FILES_SHOWN} more: ${differing.slice(FILES_SHOWN).join(", ")}`]
        : [];
    expect([...shown, ...more].join("\n\n"), `${differing.length} of ${files.length} files differ`).toBe("");
  });
});
