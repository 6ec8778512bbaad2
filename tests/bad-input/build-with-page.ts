/**
 * Runs the real build command on a copy of the example site with one page written into it, the
 * way a comms officer would meet a mistake in a page's markdown: through `npm run build`.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { makeTempDir, PINNED_TODAY, PROJECT_ROOT, removeDir, runBuild } from "../helpers/build-hub.ts";
import type { BadBuild } from "./run-build.ts";

export interface PageBuild extends BadBuild {
  /** The built HTML of each address asked for, read before the copy is removed. */
  html: Record<string, string>;
}

/** The front matter every test page starts with: a title and the usual layout, nothing else. */
export const PAGE_START = "---\ntitle: Writing test\nlayout: layouts/page.njk\n---\n\n";

/**
 * Copies `site/` to a temporary folder, writes `source` to `relativePath` in the copy (a new page,
 * or over an existing one), builds, reads the HTML of `urls` if it built, and cleans up.
 */
export function buildWithPage(relativePath: string, source: string | Buffer, urls: string[] = []): PageBuild {
  const workDir = makeTempDir("bad-page");
  try {
    const inputDir = path.join(workDir, "input");
    const outputDir = path.join(workDir, "site");
    cpSync(path.join(PROJECT_ROOT, "site"), inputDir, { recursive: true });
    const target = path.join(inputDir, relativePath);
    writeFileSync(target, source);

    const run = runBuild(["--input", inputDir, "--output", outputDir, "--today", PINNED_TODAY]);
    const html: Record<string, string> = {};
    for (const url of urls) {
      const file = path.join(outputDir, url, url.endsWith("/") ? "index.html" : "");
      if (existsSync(file)) html[url] = readFileSync(file, "utf8");
    }
    return {
      status: run.status,
      stderr: run.stderr,
      file: path.relative(PROJECT_ROOT, target).split(path.sep).join("/"),
      outputExists: existsSync(outputDir),
      stackTrace: /^\s+at /m.test(run.stderr),
      html,
    };
  } finally {
    removeDir(workDir);
  }
}
