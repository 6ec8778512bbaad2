/**
 * The markup of the ::: components (NHS.UK inset text, warning callout and details) passes the
 * publishing gate, in a real browser. The page is the one tests/bad-input checks for what it
 * says (tests/helpers/component-page.ts), rendered with Eleventy alone and then gated on its own:
 * the example hub's other pages are gated by the build that the build and security layers read.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runGate } from "../../lib/gate/run-gate.ts";
import type { GateResult } from "../../lib/gate/findings.ts";
import { makeTempDir, removeDir } from "../helpers/build-hub.ts";
import { COMPONENT_PAGE_URL, renderComponentPage } from "../helpers/component-page.ts";

let workDir: string;
let result: GateResult;

beforeAll(async () => {
  workDir = makeTempDir("component-gate");
  const { run, siteDir, outputPath } = renderComponentPage(workDir);
  if (run.status !== 0) throw new Error(`The page did not render:\n${run.stdout}${run.stderr}`);
  result = await runGate({ siteDir, pages: [{ url: COMPONENT_PAGE_URL, outputPath }] });
});

afterAll(() => removeDir(workDir));

describe("a markdown page with every ::: component", () => {
  it("passes html-validate, axe and HTML_CodeSniffer", () => {
    expect(result.findings).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.pagesChecked).toBe(1);
  });
});
