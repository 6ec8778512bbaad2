/**
 * Text from the YAML reaches the page escaped exactly once: a title with "&" and "<" reads as
 * written in the heading and in the browser tab, never as "&amp;amp;" and never as markup.
 * Builds a copy of the example data with Eleventy alone (no publishing gate), so it stays quick.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { PINNED_TODAY, PROJECT_ROOT, makeTempDir, readPage, removeDir, text } from "../helpers/build-hub.ts";
import { renderWithEleventy } from "../helpers/render-copy.ts";

const TITLE = "Access & inclusion for <everyone>";
let workDir: string;
let site: string;

beforeAll(() => {
  workDir = makeTempDir("escaping");
  const dataDir = path.join(workDir, "data");
  site = path.join(workDir, "site");
  cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
  const file = path.join(dataDir, "objectives.yaml");
  const document = parseDocument(readFileSync(file, "utf8"));
  document.setIn(["objectives", 0, "title"], TITLE);
  writeFileSync(file, document.toString());
  renderWithEleventy(dataDir, site, PINNED_TODAY);
});

afterAll(() => removeDir(workDir));

describe("text from the data", () => {
  it("reads as written in an objective's heading", () => {
    expect(text(readPage(site, "/objectives/fair-access/").querySelector("h1"))).toBe(TITLE);
  });

  it("reads as written in the page title, escaped once", () => {
    expect(text(readPage(site, "/objectives/fair-access/").querySelector("title"))).toBe(
      `${TITLE} - NHS Wealdmoor ICB`,
    );
  });

  it("never becomes markup", () => {
    expect(readPage(site, "/objectives/").querySelector("everyone")).toBeNull();
  });
});
