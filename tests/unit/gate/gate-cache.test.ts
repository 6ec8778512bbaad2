/** The gate's cache file: what a key covers, and that a cache it cannot trust is never used. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  GATE_CACHE_FILE,
  GATE_CACHE_FORMAT,
  gateFingerprint,
  openGateCache,
  searchBundleFingerprint,
} from "../../../lib/gate/gate-cache.ts";
import { makeTempDir, removeDir } from "../../helpers/build-hub.ts";

const work = makeTempDir("gate-cache");
afterAll(() => removeDir(work));

/** A site folder with a stylesheet; the browser is a path that cannot say its version. */
function site(name: string, css = "body { color: #212b32; }"): string {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, "assets"), { recursive: true });
  writeFileSync(path.join(dir, "assets", "app.css"), css);
  writeFileSync(path.join(dir, "index.html"), "<p>Home</p>");
  return dir;
}
const NO_BROWSER = path.join(work, "no-browser");

describe("a page's key in the gate's cache", () => {
  const fingerprint = gateFingerprint(site("a"), NO_BROWSER);
  const cache = openGateCache(path.join(work, "cache-a"), fingerprint);

  it("is the same for the same HTML, and different for a page that changed by one character", () => {
    expect(cache.keyFor("<p>Home</p>")).toBe(cache.keyFor(Buffer.from("<p>Home</p>")));
    expect(cache.keyFor("<p>Home.</p>")).not.toBe(cache.keyFor("<p>Home</p>"));
  });

  it("changes with any file a page can load, but not with the pages or the documents", () => {
    const other = site("b", "body { color: #000; }");
    expect(gateFingerprint(other, NO_BROWSER)).not.toBe(fingerprint);
    const same = site("c");
    writeFileSync(path.join(same, "index.html"), "<p>Another home page</p>");
    writeFileSync(path.join(same, "report.pdf"), "%PDF");
    expect(gateFingerprint(same, NO_BROWSER)).toBe(fingerprint);
  });

  it("covers the search index only for the pages that load it, so an edit re-checks them and not every page", () => {
    const withIndex = (name: string, entry: string) => {
      const dir = site(name);
      mkdirSync(path.join(dir, "pagefind", "fragment"), { recursive: true });
      writeFileSync(path.join(dir, "pagefind", "pagefind-entry.json"), entry);
      writeFileSync(path.join(dir, "pagefind", "pagefind-component-ui.js"), "// the UI");
      writeFileSync(path.join(dir, "pagefind", "fragment", "en_1.pf_fragment"), "words");
      return dir;
    };
    const before = withIndex("index-before", '{"hash":"en_1"}');
    const after = withIndex("index-after", '{"hash":"en_2"}');
    // Another page's words changed: the index did, the files every page loads did not.
    expect(gateFingerprint(after, NO_BROWSER)).toBe(gateFingerprint(before, NO_BROWSER));
    expect(searchBundleFingerprint(after)).not.toBe(searchBundleFingerprint(before));
    const cacheBefore = openGateCache(path.join(work, "cache-before"), fingerprint, searchBundleFingerprint(before));
    const cacheAfter = openGateCache(path.join(work, "cache-after"), fingerprint, searchBundleFingerprint(after));
    const searchPage = '<script src="/equality/pagefind/pagefind-component-ui.js"></script>';
    expect(cacheAfter.keyFor(searchPage)).not.toBe(cacheBefore.keyFor(searchPage));
    expect(cacheAfter.keyFor("<p>Home</p>")).toBe(cacheBefore.keyFor("<p>Home</p>"));
    expect(searchBundleFingerprint(site("no-index"))).toBe("");
  });

  it("changes with the browser", () => {
    expect(gateFingerprint(site("d"), path.join(work, "another-browser"))).not.toBe(fingerprint);
  });
});

describe("the gate's cache file", () => {
  const fingerprint = gateFingerprint(site("e"), NO_BROWSER);

  it("remembers the pages that passed in this build, and only those", () => {
    const dir = path.join(work, "cache-e");
    const first = openGateCache(dir, fingerprint);
    first.recordPass(first.keyFor("<p>Passed</p>"));
    first.save();
    const second = openGateCache(dir, fingerprint);
    expect(second.warning).toBeUndefined();
    expect(second.passedBefore(second.keyFor("<p>Passed</p>"))).toBe(true);
    expect(second.passedBefore(second.keyFor("<p>Failed</p>"))).toBe(false);
    second.save();
    // Not seen in the second build, so forgotten by the third.
    expect(openGateCache(dir, fingerprint).passedBefore(second.keyFor("<p>Passed</p>"))).toBe(false);
  });

  it("forgets everything, without a warning, when the rules, tools, files or browser changed", () => {
    const dir = path.join(work, "cache-f");
    const first = openGateCache(dir, fingerprint);
    first.recordPass(first.keyFor("<p>Passed</p>"));
    first.save();
    const changed = openGateCache(dir, `${fingerprint}-other`);
    expect(changed.warning).toBeUndefined();
    expect(changed.passedBefore(changed.keyFor("<p>Passed</p>"))).toBe(false);
  });

  it("is ignored with a warning when it is not JSON, or not this format, so every page is checked", () => {
    const dir = path.join(work, "cache-g");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, GATE_CACHE_FILE);
    writeFileSync(file, '{"format": "equality-hub-gate-cache/1", "fingerprint": ');
    expect(openGateCache(dir, fingerprint).warning).toMatch(
      /^The gate's cache .*gate-cache\.json could not be used \(.*JSON.*\), so every page is checked; it is rewritten after this build\.$/,
    );
    writeFileSync(file, JSON.stringify({ format: GATE_CACHE_FORMAT, fingerprint, passed: ["not-a-key"] }));
    const foreign = openGateCache(dir, fingerprint);
    expect(foreign.warning).toContain(`it is not a ${GATE_CACHE_FORMAT} file`);
    expect(foreign.passedBefore("not-a-key")).toBe(false);
  });

  it("is written whole: the file is JSON with the format, the fingerprint and sorted keys", () => {
    const dir = path.join(work, "cache-h");
    const cache = openGateCache(dir, fingerprint);
    for (const html of ["<p>b</p>", "<p>a</p>"]) cache.recordPass(cache.keyFor(html));
    cache.save();
    const saved = JSON.parse(readFileSync(path.join(dir, GATE_CACHE_FILE), "utf8")) as { passed: string[] };
    expect(saved).toMatchObject({ format: GATE_CACHE_FORMAT, fingerprint });
    expect(saved.passed).toEqual([...saved.passed].sort());
    expect(saved.passed).toHaveLength(2);
  });
});
