/** Which file of the built site a site path reaches, as a static host finds it, and back. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageUrlForFile } from "../../../lib/site-paths/page-url.ts";
import { existsInSite, siteFile } from "../../../lib/site-paths/site-file.ts";
import { makeTempDir, removeDir } from "../../helpers/build-hub.ts";

let site: string;

/** The file siteFile reaches, relative to the site folder, or undefined. */
function reached(sitePath: string): string | undefined {
  const file = siteFile(site, sitePath);
  return file === undefined ? undefined : path.relative(site, file).split(path.sep).join("/");
}

beforeAll(() => {
  site = makeTempDir("site-paths");
  const files = [
    "index.html",
    "objectives/index.html",
    "assets/Annual report 2025.pdf",
    "assets/a/b.pdf",
    "café/index.html",
    "report.pdf",
    "100%/index.html",
    "..notes.txt",
  ];
  for (const file of files) {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), "x");
  }
  mkdirSync(path.join(site, "empty"));
});

afterAll(() => removeDir(site));

describe("siteFile", () => {
  it("serves a folder by its index.html, with or without the final slash", () => {
    expect([reached("/"), reached("/objectives/"), reached("/objectives"), reached("/objectives/index.html")]).toEqual([
      "index.html",
      "objectives/index.html",
      "objectives/index.html",
      "objectives/index.html",
    ]);
  });

  it("finds a file, but not a file addressed as a folder or a folder with no index.html", () => {
    expect([reached("/report.pdf"), reached("/report.pdf/"), reached("/empty/"), reached("/nowhere/")]).toEqual([
      "report.pdf",
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("leaves the query and the fragment out of the file's name", () => {
    expect([
      reached("/objectives/?sort=name"),
      reached("/objectives/#outcomes"),
      reached("/report.pdf?v=2#page=3"),
    ]).toEqual(["objectives/index.html", "objectives/index.html", "report.pdf"]);
  });

  it("percent-decodes spaces, UTF-8 names and encoded slashes before looking", () => {
    expect([
      reached("/assets/Annual%20report%202025.pdf"),
      reached("/caf%C3%A9/"),
      reached("/café/"),
      reached("/assets/a%2Fb.pdf"),
    ]).toEqual(["assets/Annual report 2025.pdf", "café/index.html", "café/index.html", "assets/a/b.pdf"]);
  });

  it("finds nothing at a broken encoding, even where a folder has the undecoded name", () => {
    expect([reached("/objectives/%E0%A4%A"), reached("/100%/"), reached("/100%25/")]).toEqual([
      undefined,
      undefined,
      "100%/index.html",
    ]);
  });

  it("never reaches outside the site folder, whatever '..' the path holds, encoded or not", () => {
    expect([
      reached("/../../etc/passwd"),
      reached("/..%2F..%2Fetc%2Fpasswd"),
      reached(`/../${path.basename(site)}/report.pdf`),
    ]).toEqual([undefined, undefined, "report.pdf"]);
  });

  it("finds a file whose name only starts with two dots", () => {
    expect(reached("/..notes.txt")).toBe("..notes.txt");
  });
});

describe("existsInSite", () => {
  it("says whether a site path reaches a page or file", () => {
    expect([existsInSite(site, "/objectives"), existsInSite(site, "/objectivez/"), existsInSite(site, "/%")]).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe("pageUrlForFile", () => {
  it("gives a folder's index.html the folder's address with its final slash, and other files their own", () => {
    expect([
      pageUrlForFile("index.html"),
      pageUrlForFile(path.join("policies", "index.html")),
      pageUrlForFile("404.html"),
      pageUrlForFile(path.join("reports", "2025.html")),
    ]).toEqual(["/", "/policies/", "/404.html", "/reports/2025.html"]);
  });
});
