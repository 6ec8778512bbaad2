import { describe, expect, it } from "vitest";
import { interpretPa11yReport } from "../../../lib/gate/run-pa11y.ts";

const origin = "http://127.0.0.1:9999";

describe("interpretPa11yReport", () => {
  it("fails a page pa11y-ci could not load, although pa11y-ci counts it as no error", () => {
    const urls = [`${origin}/`, `${origin}/broken/`];
    const run = interpretPa11yReport(urls, {
      total: 2,
      passes: 1,
      errors: 0,
      results: { [`${origin}/`]: [], [`${origin}/broken/`]: [new Error("net::ERR_CONNECTION_REFUSED")] },
    });
    expect(run.pagesChecked).toBe(1);
    expect(run.findings).toEqual([
      expect.objectContaining({
        page: "/broken/",
        tool: "gate",
        rule: "page-load",
        message: "The page could not be tested: net::ERR_CONNECTION_REFUSED",
      }),
    ]);
  });

  it("fails a page with no result at all", () => {
    const run = interpretPa11yReport([`${origin}/lost/`], { total: 1, passes: 0, errors: 0, results: {} });
    expect(run.findings.map((finding) => finding.rule)).toEqual(["page-load"]);
  });

  it("names the runner, rule, element and fix of each issue", () => {
    const run = interpretPa11yReport([`${origin}/`], {
      total: 1,
      passes: 0,
      errors: 1,
      results: {
        [`${origin}/`]: [
          {
            code: "image-alt",
            type: "error",
            typeCode: 1,
            message: "Images must have alternative text",
            context: '<img src="x.png">',
            selector: "main > img",
            runner: "/path/axe-wcag22-runner.cjs",
          },
        ],
      },
    });
    expect(run.findings).toEqual([
      {
        page: "/",
        tool: "axe",
        rule: "image-alt",
        element: 'main > img <img src="x.png">',
        message: "Images must have alternative text",
        fix: 'Give the image alternative text that says what it shows, or alt="" if it is decorative.',
      },
    ]);
  });
});
