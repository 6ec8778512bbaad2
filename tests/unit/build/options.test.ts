import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BuildUsageError, exampleNames, parseBuildOptions } from "../../../lib/build/options.ts";
import { makeTempDir, removeDir } from "../../helpers/build-hub.ts";

const NOW = new Date("2026-11-23T12:00:00Z");
const root = makeTempDir("options");
mkdirSync(path.join(root, "examples", "closed-ccg", "_data"), { recursive: true });
mkdirSync(path.join(root, "examples", "joint-ccgs", "_data"), { recursive: true });
mkdirSync(path.join(root, "examples", "notes"), { recursive: true });
afterAll(() => removeDir(root));

const parse = (argv: string[], env: NodeJS.ProcessEnv = {}) => parseBuildOptions(argv, env, NOW, root);

describe("the build's folders", () => {
  it("are the example at the top level unless told otherwise", () => {
    expect(parse([])).toMatchObject({ dataDir: "_data", inputDir: "site", pagesDir: "site", outputDir: "_site" });
  });

  it("take the pages from the input folder when only the input is given", () => {
    expect(parse(["--input", "copy/site"])).toMatchObject({ inputDir: "copy/site", pagesDir: "copy/site" });
  });

  it("take a hub's own pages folder from --pages or HUB_PAGES_DIR, the flag first", () => {
    expect(parse([], { HUB_PAGES_DIR: "env/pages" }).pagesDir).toBe("env/pages");
    expect(parse(["--pages", "flag/pages"], { HUB_PAGES_DIR: "env/pages" }).pagesDir).toBe("flag/pages");
  });
});

describe("--example", () => {
  it("builds an example hub's data and pages with the templates in site/", () => {
    expect(parse(["--example", "closed-ccg"])).toMatchObject({
      dataDir: path.join("examples", "closed-ccg", "_data"),
      pagesDir: path.join("examples", "closed-ccg", "pages"),
      inputDir: "site",
    });
  });

  it("names the example hubs there are when asked for one that is not there", () => {
    expect(() => parse(["--example", "closed"])).toThrow(
      new BuildUsageError(
        "There is no example hub 'closed': use one of closed-ccg, joint-ccgs, or leave out --example to build the one in _data/ and site/.",
      ),
    );
  });

  it("refuses --data or --pages beside it, which would mix two hubs", () => {
    expect(() => parse(["--example", "closed-ccg", "--data", "_data"])).toThrow(BuildUsageError);
  });

  it("counts only folders with a _data folder as example hubs", () => {
    expect(exampleNames(root)).toEqual(["closed-ccg", "joint-ccgs"]);
  });
});

describe("--base-path", () => {
  it("is left to siteUrl's path unless given", () => {
    expect(parse([]).basePath).toBeUndefined();
  });

  it("is taken from the flag or HUB_BASE_PATH, the flag first, written as a folder", () => {
    expect(parse([], { HUB_BASE_PATH: "equality" }).basePath).toBe("/equality/");
    expect(parse(["--base-path", "/"], { HUB_BASE_PATH: "/equality/" }).basePath).toBe("/");
  });

  it("is refused, with what it may hold, when it is not a plain path", () => {
    expect(() => parse(["--base-path", "/../x/"])).toThrow(
      new BuildUsageError(
        "--base-path must be a path on the host such as /equality/ (letters, digits, '-', '_', '.' and '/'; no '..'); got '/../x/'.",
      ),
    );
  });
});

describe("the gate's cache", () => {
  it("lives in node_modules/.cache unless told otherwise, where Netlify keeps it between builds", () => {
    expect(parse([]).gateCacheDir).toBe(path.join("node_modules", ".cache", "equality-hub"));
  });

  it("is taken from --cache-dir or HUB_GATE_CACHE_DIR, the flag first", () => {
    expect(parse([], { HUB_GATE_CACHE_DIR: "env-cache" }).gateCacheDir).toBe("env-cache");
    expect(parse(["--cache-dir", "flag-cache"], { HUB_GATE_CACHE_DIR: "env-cache" }).gateCacheDir).toBe("flag-cache");
  });

  it("is not used with --no-cache or HUB_GATE_CACHE=off", () => {
    expect(parse(["--no-cache"]).gateCacheDir).toBeUndefined();
    expect(parse([], { HUB_GATE_CACHE: "off" }).gateCacheDir).toBeUndefined();
  });
});
