/** What a long gate says as it goes: in a log a line each tenth, on a terminal one line rewritten. */
import { describe, expect, it } from "vitest";
import { progressLine, progressReporter } from "../../../lib/gate/progress.ts";

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
