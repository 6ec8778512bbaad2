/**
 * The dev server's error page (lib/serve/dev-errors.ts), which a screen reader user may meet: valid,
 * accessible HTML by html-validate's rules, as every built page must be, and the problems escaped.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { validateHtml } from "../../lib/gate/validate-html.ts";
import { isPageRequest } from "../../lib/serve/dev-errors.ts";
import { renderDevErrorPage } from "../../lib/serve/dev-error-page.ts";
import { PROJECT_ROOT, text } from "../helpers/build-hub.ts";

const includes = path.join(PROJECT_ROOT, "site", "_includes");
const page = {
  problems: [
    "_data/objectives.yaml:13:11 this '[' is never closed: add ']' at the end of the line",
    "_data/policies.yaml:4:3 policies[0].title: <script>alert(1)</script> is not text",
  ],
  summary: "2 problems in 2 files. The site was not rebuilt: fix them and build again.",
  basePath: "/equality/",
};

describe("the dev server's error page", () => {
  const html = renderDevErrorPage(page, includes);
  const { document } = parseHTML(html);

  it("names each problem with its file and line, and says the page reloads once fixed", () => {
    expect(text(document.querySelector("h1"))).toBe("The site could not be rebuilt");
    expect([...document.querySelectorAll("main li")].map((item) => text(item))).toEqual(page.problems);
    expect(text(document.querySelector("main"))).toContain(page.summary);
    expect(text(document.querySelector("main"))).toContain("This page then reloads by itself");
  });

  it("escapes what the data holds", () => {
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(document.querySelectorAll("main script")).toHaveLength(0);
  });

  it("loads the hub's stylesheet from under its base path", () => {
    expect(document.querySelector('link[rel="stylesheet"]')?.getAttribute("href")).toBe(
      "/equality/assets/css/nhsuk-frontend-subset.min.css",
    );
  });

  it("passes html-validate with the gate's rules", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "equality-hub-dev-error-"));
    try {
      const outputPath = path.join(dir, "index.html");
      writeFileSync(outputPath, html);
      expect(await validateHtml([{ url: "/", outputPath }], PROJECT_ROOT)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("which requests get the error page", () => {
  const request = (url: string, accept = "", method = "GET") => isPageRequest({ url, method, headers: { accept } });

  it("is every page's address, and one a browser asks for as HTML", () => {
    expect(request("/")).toBe(true);
    expect(request("/contact/")).toBe(true);
    expect(request("/404.html")).toBe(true);
    expect(request("/contact", "text/html,application/xhtml+xml")).toBe(true);
  });

  it("is never a file a page loads, nor a request that changes something", () => {
    expect(request("/assets/css/nhsuk-frontend-subset.min.css", "text/css")).toBe(false);
    expect(request("/data/policies.json", "text/html")).toBe(false);
    expect(request("/contact/", "text/html", "POST")).toBe(false);
  });
});
