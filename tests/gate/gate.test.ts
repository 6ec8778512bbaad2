/**
 * The gate itself, in a real browser, on small sites written for each case: a good page passes,
 * and a page that times out or is not there fails, whatever the accessibility checks say.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runGate } from "../../lib/gate/run-gate.ts";
import { makeTempDir, removeDir } from "../helpers/build-hub.ts";

const GOOD_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A good page</title></head>
<body><main><h1>A good page</h1><p>Plain, readable text.</p></main></body>
</html>
`;

let siteDir: string | undefined;
afterEach(() => {
  if (siteDir) removeDir(siteDir);
  siteDir = undefined;
});

function writeSite(pages: Record<string, string>): { url: string; outputPath: string }[] {
  siteDir = makeTempDir("gate");
  return Object.entries(pages).map(([url, html]) => {
    const outputPath = path.join(siteDir as string, url.endsWith("/") ? `${url}index.html` : url);
    mkdirSync(path.dirname(outputPath), { recursive: true });
    writeFileSync(outputPath, html);
    return { url, outputPath };
  });
}

describe("the publishing gate", () => {
  it("passes a valid, accessible page and checks every page it was given", async () => {
    const pages = writeSite({ "/": GOOD_PAGE, "/about/": GOOD_PAGE.replaceAll("A good page", "About") });
    const result = await runGate({ siteDir: siteDir as string, pages });
    expect(result.findings).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.pagesChecked).toBe(2);
  });

  it("fails a page that does not load in time, and does not count it as checked", async () => {
    const pages = writeSite({ "/": GOOD_PAGE });
    const result = await runGate({ siteDir: siteDir as string, pages, pageTimeoutMs: 1 });
    expect(result.passed).toBe(false);
    expect(result.pagesChecked).toBe(0);
    expect(result.findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(["page-load", "page-count"]));
  });

  it("fails a page that answers with an error status", async () => {
    const pages = writeSite({ "/": GOOD_PAGE });
    const missing = { url: "/missing/", outputPath: pages[0]?.outputPath as string };
    const result = await runGate({ siteDir: siteDir as string, pages: [...pages, missing] });
    expect(result.passed).toBe(false);
    expect(result.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          page: "/missing/",
          rule: "page-status",
          message: "The page answered with HTTP status 404.",
        }),
      ]),
    );
  });
});
