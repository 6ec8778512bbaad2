/** nhsuk-frontend's styles compiled with only the components the hub uses, and kept between builds. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stylesheetUnderBasePath } from "../../../lib/site-paths/base-path.ts";
import { compileNhsukCss, NHSUK_CSS_CACHE_FOLDER, nhsukCssKey } from "../../../lib/styles/compile-nhsuk-css.ts";
import { NHSUK_COMPONENTS } from "../../../lib/styles/nhsuk-components.ts";
import { CLASSES_ADDED_BY_SCRIPT, CLASSES_WITHOUT_RULES, classSelectors } from "../../helpers/css-classes.ts";
import { nhsukFrontendDist } from "../../../lib/nunjucks/create-environment.ts";
import { makeTempDir, removeDir } from "../../helpers/build-hub.ts";

const work = makeTempDir("nhsuk-css");
afterAll(() => removeDir(work));

// Compiling takes a second or two on a busy machine; every test after the first reads it from memory.
const SLOW_COMPILE = 30_000;

describe("compileNhsukCss", () => {
  it(
    "has the core and the listed components' rules, and none of a component not listed",
    () => {
      const classes = classSelectors(compileNhsukCss(NHSUK_COMPONENTS));
      for (const name of ["nhsuk-grid-row", "nhsuk-body-s", "nhsuk-u-visually-hidden", "nhsuk-icon"])
        expect(classes, name).toContain(name);
      for (const name of ["nhsuk-summary-list", "nhsuk-header", "nhsuk-table", "nhsuk-tag--green"])
        expect(classes, name).toContain(name);
      for (const name of ["nhsuk-tabs", "nhsuk-hero", "nhsuk-task-list", "nhsuk-pagination"])
        expect(classes, name).not.toContain(name);
    },
    SLOW_COMPILE,
  );

  it("names nhsuk-frontend's icons from the root, so a base path can move them", () => {
    const css = compileNhsukCss(NHSUK_COMPONENTS);
    // Sass quotes them, where nhsuk-frontend's minified build does not; stylesheetUnderBasePath reads both.
    expect(css).toMatch(/url\("\/assets\/images\/nhsuk-icon-[a-z-]+\.svg"\)/);
    expect(stylesheetUnderBasePath(css, "/equality/")).not.toMatch(/url\("?\/assets\//);
    expect(stylesheetUnderBasePath(css, "/equality/")).toContain('url("/equality/assets/images/');
  });

  it(
    "keeps what it compiled in the cache folder under a key of the versions and components, and nothing else",
    () => {
      const cacheDir = path.join(work, "written");
      const folder = path.join(cacheDir, NHSUK_CSS_CACHE_FOLDER);
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, `${"0".repeat(64)}.css`), "/* an older version's */");
      const css = compileNhsukCss(["tag"], { cacheDir });
      expect(readdirSync(folder)).toEqual([`${nhsukCssKey(["tag"])}.css`]);
      expect(readFileSync(path.join(folder, `${nhsukCssKey(["tag"])}.css`), "utf8")).toBe(css);
    },
    SLOW_COMPILE,
  );

  it("reads a kept stylesheet instead of compiling", () => {
    const cacheDir = path.join(work, "read");
    const components = ["tag", "footer"];
    mkdirSync(path.join(cacheDir, NHSUK_CSS_CACHE_FOLDER), { recursive: true });
    writeFileSync(path.join(cacheDir, NHSUK_CSS_CACHE_FOLDER, `${nhsukCssKey(components)}.css`), "/* kept */");
    expect(compileNhsukCss(components, { cacheDir })).toBe("/* kept */");
  });

  it("keys the stylesheet by its components and their order", () => {
    expect(nhsukCssKey(["tag", "footer"])).not.toBe(nhsukCssKey(["tag"]));
    expect(nhsukCssKey(["tag", "footer"])).not.toBe(nhsukCssKey(["footer", "tag"]));
    expect(nhsukCssKey(["tag"])).toBe(nhsukCssKey(["tag"]));
  });

  it("refuses a component name that is not a folder name", () => {
    expect(() => compileNhsukCss(["../core"])).toThrow(/not an nhsuk-frontend component name/);
  });
});

describe("the classes the stylesheet test excuses or adds", () => {
  const full = classSelectors(readFileSync(path.join(nhsukFrontendDist(), "nhsuk", "nhsuk-frontend.min.css"), "utf8"));

  it("are excused only when nhsuk-frontend's full stylesheet has no rule for them either", () => {
    expect([...CLASSES_WITHOUT_RULES].filter((name) => full.has(name))).toEqual([]);
  });

  it(
    "add the classes nhsuk-frontend's script sets, each of which its full stylesheet styles",
    () => {
      expect(CLASSES_ADDED_BY_SCRIPT.filter((name) => !full.has(name))).toEqual([]);
      const ours = classSelectors(compileNhsukCss(NHSUK_COMPONENTS));
      expect(CLASSES_ADDED_BY_SCRIPT.filter((name) => !ours.has(name))).toEqual([]);
    },
    SLOW_COMPILE,
  );
});
