import { describe, expect, it } from "vitest";
import { BrowserNotFoundError, findBrowser, type BrowserSearch } from "../../../lib/gate/find-browser.ts";

function search(overrides: Partial<BrowserSearch> & { files?: string[] }): BrowserSearch {
  const files = new Set(overrides.files ?? []);
  return {
    env: {},
    exists: (file) => files.has(file),
    puppeteerBrowser: () => undefined,
    downloadWithPuppeteer: () => false,
    installWithApt: () => false,
    ...overrides,
  };
}

describe("findBrowser", () => {
  it("uses PUPPETEER_EXECUTABLE_PATH before anything else", () => {
    expect(
      findBrowser(
        search({ env: { PUPPETEER_EXECUTABLE_PATH: "/opt/chrome" }, files: ["/opt/chrome", "/usr/bin/chromium"] }),
      ),
    ).toBe("/opt/chrome");
  });

  it("uses CHROME_PATH when puppeteer's variable is not set", () => {
    expect(findBrowser(search({ env: { CHROME_PATH: "/opt/chrome" }, files: ["/opt/chrome"] }))).toBe("/opt/chrome");
  });

  it("says so when a variable points at nothing", () => {
    expect(() => findBrowser(search({ env: { CHROME_PATH: "/nowhere" } }))).toThrow(
      "CHROME_PATH is set to '/nowhere', but there is no browser there",
    );
  });

  it("prefers a system Chromium to puppeteer's download", () => {
    expect(
      findBrowser(search({ files: ["/usr/bin/chromium", "/cache/chrome"], puppeteerBrowser: () => "/cache/chrome" })),
    ).toBe("/usr/bin/chromium");
  });

  it("downloads puppeteer's browser where it can, before installing with apt", () => {
    let installed = false;
    const files = new Set<string>();
    const path = findBrowser(
      search({
        exists: (file) => files.has(file),
        puppeteerBrowser: () => "/cache/chrome",
        downloadWithPuppeteer: () => (files.add("/cache/chrome"), true),
        installWithApt: () => (installed = true),
      }),
    );
    expect([path, installed]).toEqual(["/cache/chrome", false]);
  });

  it("installs Debian's chromium when nothing else is there", () => {
    const files = new Set<string>();
    const path = findBrowser(
      search({ exists: (file) => files.has(file), installWithApt: () => (files.add("/usr/bin/chromium"), true) }),
    );
    expect(path).toBe("/usr/bin/chromium");
  });

  it("otherwise fails with one sentence saying what to install", () => {
    expect(() => findBrowser(search({}))).toThrow(BrowserNotFoundError);
    expect(() => findBrowser(search({}))).toThrow(/install Chromium .* or set CHROME_PATH/);
  });
});
