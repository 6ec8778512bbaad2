/**
 * The editing forms at /admin/ (lib/cms, docs/cms.md) as the build writes them: the page, its
 * configuration and the CMS's own script from node_modules, at the root and under a base path, kept
 * out of the sitemap, the feed and site search, and not written for a hub that names no repository.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, PROJECT_ROOT, removeDir } from "../helpers/build-hub.ts";
import { exampleSite } from "../helpers/example-site.ts";
import { renderCopy } from "../helpers/render-copy.ts";
import { isAdminFile, siteFiles } from "../helpers/site-files.ts";

let site: string;
const temp: string[] = [];

beforeAll(() => {
  ({ dir: site } = exampleSite());
});

afterAll(() => {
  for (const dir of temp) removeDir(dir);
});

function read(file: string, dir = site): string {
  return readFileSync(path.join(dir, file), "utf8");
}

describe("the editing forms in the built hub", () => {
  it("writes the admin page, its configuration and the CMS script with its chunks", () => {
    expect(siteFiles(site).filter(isAdminFile)).toEqual([
      "admin/chunks/react-dom.js",
      "admin/config.yml",
      "admin/index.html",
      "admin/sveltia-cms.js",
    ]);
    // The script is the package's own, byte for byte: never a CDN's, which CI cannot reach.
    const packaged = readFileSync(path.join(PROJECT_ROOT, "node_modules/@sveltia/cms/dist/sveltia-cms.js"));
    expect(readFileSync(path.join(site, "admin/sveltia-cms.js")).equals(packaged)).toBe(true);
  });

  it("loads the CMS from beside the page, with relative addresses, and asks search engines to stay away", () => {
    const page = read("admin/index.html");
    expect(page).toContain('<script src="sveltia-cms.js"></script>');
    expect(page).toContain('<link href="config.yml" type="application/yaml" rel="cms-config-url">');
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).not.toMatch(/https?:\/\//);
    expect(read("robots.txt")).toContain("Disallow: /admin/\n");
  });

  it("configures the repository from organisation.yaml and a form for every data file", () => {
    const config = parse(read("admin/config.yml")) as {
      backend: unknown;
      site_url: string;
      collections: { files?: { file: string }[]; folder?: string }[];
    };
    expect(config.backend).toEqual({ name: "github", repo: "nhs-wealdmoor/equality-hub", branch: "main" });
    expect(config.site_url).toBe("https://equality.wealdmoor-icb.example");
    const files = config.collections[0]!.files!.map((file) => file.file);
    expect(files).toEqual(
      readdirSync(path.join(PROJECT_ROOT, "_data"))
        .filter((name) => name.endsWith(".yaml"))
        .sort((a, b) => files.indexOf(`_data/${a}`) - files.indexOf(`_data/${b}`))
        .map((name) => `_data/${name}`),
    );
    expect(config.collections[1]!.folder).toBe("site");
  });

  it("leaves the admin out of the sitemap, the feed and the search index", () => {
    expect(read("sitemap.xml")).not.toContain("/admin/");
    expect(read("feed.xml")).not.toContain("/admin/");
    const fragments = path.join(site, "pagefind/fragment");
    const indexed = readdirSync(fragments).map((file) =>
      gunzipSync(readFileSync(path.join(fragments, file))).toString("utf8"),
    );
    expect(indexed.length).toBeGreaterThan(20);
    expect(indexed.filter((fragment) => fragment.includes("/admin/"))).toEqual([]);
  });

  it("puts the admin under the base path of a hub that lives in a folder of its host", () => {
    const data = makeTempDir("equality-hub-admin-data-");
    const out = makeTempDir("equality-hub-admin-site-");
    temp.push(data, out);
    cpSync(path.join(PROJECT_ROOT, "_data"), data, { recursive: true });
    const organisation = read("organisation.yaml", data).replace(
      "siteUrl: https://equality.wealdmoor-icb.example",
      "siteUrl: https://www.wealdmoor-icb.example/equality/",
    );
    writeFileSync(path.join(data, "organisation.yaml"), organisation);
    const run = renderCopy({ dataDir: data, outputDir: out });
    expect(run.status, run.stderr).toBe(0);
    expect(siteFiles(out).filter(isAdminFile)).toEqual([
      "equality/admin/chunks/react-dom.js",
      "equality/admin/config.yml",
      "equality/admin/index.html",
      "equality/admin/sveltia-cms.js",
    ]);
    expect(read("equality/admin/index.html", out)).toContain('<script src="sveltia-cms.js"></script>');
    expect(read("robots.txt", out)).toContain("Disallow: /equality/admin/\n");
  });

  it("writes no admin for a hub whose organisation.yaml names no repository", () => {
    const out = makeTempDir("equality-hub-admin-none-");
    temp.push(out);
    const run = renderCopy({
      dataDir: "examples/joint-ccgs/_data",
      pagesDir: "examples/joint-ccgs/pages",
      outputDir: out,
    });
    expect(run.status, run.stderr).toBe(0);
    expect([existsSync(path.join(out, "admin")), read("robots.txt", out)]).toEqual([
      false,
      expect.stringContaining("Disallow:\n"),
    ]);
  });
});
