/** What a long gate says as it goes: in a log a line each tenth, on a terminal one line rewritten. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROGRESS_LABELS, progressLine, progressReporter } from "../../../lib/gate/progress.ts";
import { validateHtml } from "../../../lib/gate/validate-html.ts";

/** Runs a reporter over `total` pages, each taking `secondsEach`, and answers what it wrote. */
function run(total: number, isTTY: boolean, secondsEach = 0.25): string[] {
  const written: string[] = [];
  let clock = 0;
  const tick = progressReporter({ total, isTTY, write: (text) => written.push(text), now: () => clock });
  for (let page = 0; page < total; page += 1) {
    clock += secondsEach * 1000;
    tick();
  }
  return written;
}

describe("the gate's progress", () => {
  it("says the pages done, the share, the rate and the time left", () => {
    expect(progressLine(120, 1000, 35.3)).toBe(
      "Browser checks: 120 of 1,000 pages (12%), 3.4 pages a second, about 4 min 19 s left",
    );
    expect(progressLine(1000, 1000, 294)).toBe("Browser checks: 1,000 of 1,000 pages (100%), 3.4 pages a second");
  });

  it("writes a line at each tenth of the way in a log, ten in all", () => {
    const lines = run(1000, false);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe("Browser checks: 100 of 1,000 pages (10%), 4.0 pages a second, about 3 min 45 s left\n");
    expect(lines.at(-1)).toBe("Browser checks: 1,000 of 1,000 pages (100%), 4.0 pages a second\n");
  });

  it("rewrites one line on a terminal, and ends it when the last page is done", () => {
    const lines = run(60, true);
    expect(lines).toHaveLength(60);
    expect(lines.every((line) => line.startsWith("\r"))).toBe(true);
    expect(lines.filter((line) => line.endsWith("\n"))).toEqual([lines.at(-1)]);
  });

  it("says nothing for a gate of a few pages, which is over before anyone looks", () => {
    expect(run(43, false)).toEqual([]);
    expect(run(43, true)).toEqual([]);
  });
});

describe("each step's progress", () => {
  it("starts with the step's label", () => {
    expect(progressLine(120, 1000, 8.6, PROGRESS_LABELS.htmlValidate)).toBe(
      "HTML checks: 120 of 1,000 pages (12%), 14.0 pages a second, about 1 min 4 s left",
    );
  });

  it("never counts past the total, so a terminal's line is ended once", () => {
    const written: string[] = [];
    const tick = progressReporter({ total: 50, isTTY: true, write: (text) => written.push(text), now: () => 0 });
    for (let page = 0; page < 52; page += 1) tick();
    expect(written).toHaveLength(50);
    expect(written.filter((line) => line.endsWith("\n"))).toHaveLength(1);
  });

  it("is reported by html-validate as each page is checked", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "equality-hub-progress-"));
    try {
      const pages = Array.from({ length: 50 }, (_, index) => {
        const outputPath = path.join(dir, `page-${index}.html`);
        writeFileSync(
          outputPath,
          `<!DOCTYPE html><html lang="en"><head><title>Page ${index}</title></head><body><main><h1>Page ${index}</h1></main></body></html>`,
        );
        return { url: `/page-${index}/`, outputPath };
      });
      const written: string[] = [];
      const onPageDone = progressReporter({
        total: pages.length,
        isTTY: false,
        label: PROGRESS_LABELS.htmlValidate,
        write: (text) => written.push(text),
      });
      await validateHtml(pages, process.cwd(), onPageDone);
      expect(written).toHaveLength(10);
      expect(written.at(-1)).toMatch(/^HTML checks: 50 of 50 pages \(100%\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
