/**
 * The bench writes each part's results between that part's own markers in docs/performance.md, so
 * `npm run bench -- --only check --write-doc` rewrites the check's numbers and leaves the hubs'
 * (from a run of many minutes) and the prose around them exactly as they were.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { markersOf, writeBenchSection } from "../../../scripts/bench/performance-doc.ts";
import { makeTempDir, PROJECT_ROOT, removeDir } from "../../helpers/build-hub.ts";

const dir = makeTempDir("performance-doc");
afterAll(() => removeDir(dir));

const hubs = markersOf("hubs");
const check = markersOf("check");
const doc = [
  "# Performance",
  hubs.start,
  "Hubs: measured over many minutes.",
  hubs.end,
  "Prose between.",
  check.start,
  "Check: old numbers.",
  check.end,
  "Prose after.",
  "",
].join("\n");

describe("writing the bench's results into the doc", () => {
  it("replaces only the section of the part that ran", () => {
    const file = path.join(dir, "performance.md");
    writeFileSync(file, doc);
    writeBenchSection(file, "Check: new numbers.", "check");
    expect(readFileSync(file, "utf8")).toBe(doc.replace("Check: old numbers.", "\nCheck: new numbers.\n"));
  });

  it("keeps the hubs' markers as they were before the check had a section of its own", () => {
    expect(hubs.start).toBe("<!-- bench:start: written by npm run bench -- --write-doc -->");
    expect(hubs.end).toBe("<!-- bench:end -->");
  });

  it("says where to put the markers when the doc has no section for the part", () => {
    const file = path.join(dir, "no-check.md");
    writeFileSync(file, `${hubs.start}\n${hubs.end}\n`);
    expect(() => writeBenchSection(file, "x", "check")).toThrow(check.start);
  });

  it("finds both sections in the project's own docs/performance.md", () => {
    const own = readFileSync(path.join(PROJECT_ROOT, "docs", "performance.md"), "utf8");
    for (const { start, end } of [hubs, check]) {
      expect(own.indexOf(start)).toBeGreaterThan(-1);
      expect(own.indexOf(end)).toBeGreaterThan(own.indexOf(start));
    }
  });
});
