/**
 * The policies library at its edges, built from copies of the example data with Eleventy alone (no
 * publishing gate), so it stays quick: a title with "&" and "<" escaped exactly once, and a hub
 * that has not published any policies yet.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { PINNED_TODAY, PROJECT_ROOT, makeTempDir, readPage, removeDir, text } from "../helpers/build-hub.ts";
import { renderWithEleventy } from "../helpers/render-copy.ts";

const TITLE = "Pay & grading for <everyone>";
let workDir: string;

/** Builds a copy of the example data, with `edit` applied to its policies.yaml, into `name`. */
function buildCopy(name: string, edit: (document: ReturnType<typeof parseDocument>) => void): string {
  const dataDir = path.join(workDir, `${name}-data`);
  const site = path.join(workDir, name);
  cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
  const file = path.join(dataDir, "policies.yaml");
  const document = parseDocument(readFileSync(file, "utf8"));
  edit(document);
  writeFileSync(file, document.toString());
  renderWithEleventy(dataDir, site, PINNED_TODAY);
  return site;
}

let escaped: string;
let empty: string;

beforeAll(() => {
  workDir = makeTempDir("policies-edge");
  escaped = buildCopy("escaped", (document) => document.setIn(["policies", 0, "title"], TITLE));
  empty = buildCopy("empty", (document) => document.setIn(["policies"], []));
});

afterAll(() => removeDir(workDir));

describe("the policies library at its edges", () => {
  it("shows a policy title with '&' and '<' as written, in the list, the heading and the browser tab", () => {
    const page = readPage(escaped, "/policies/conflicts-of-interest/");
    expect(text(page.querySelector("h1"))).toBe(TITLE);
    expect(text(page.querySelector("title"))).toBe(`${TITLE} - NHS Wealdmoor ICB`);
    const list = readPage(escaped, "/policies/");
    expect([...list.querySelectorAll("main table a")].map((link) => text(link))).toContain(TITLE);
    expect(list.querySelector("main everyone")).toBeNull();
  });

  it("says there are no policies yet, and builds no policy pages, when the library is empty", () => {
    const list = readPage(empty, "/policies/");
    expect(text(list.querySelector("main"))).toContain("We have not published any policies here yet.");
    expect(list.querySelectorAll("main h2, main table")).toHaveLength(0);
    expect(existsSync(path.join(empty, "policies", "conflicts-of-interest"))).toBe(false);
  });
});
