/**
 * A build with known accessibility and HTML failures must fail, name each rule, and leave the
 * published site exactly as it was, byte for byte.
 */
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, PINNED_TODAY, PROJECT_ROOT, removeDir, runBuild, type BuildRun } from "../helpers/build-hub.ts";

/** One page per failure the comms team is most likely to make, each with the rules that catch it. */
const BROKEN_PAGES: Record<string, { body: string; rules: RegExp }> = {
  "image-without-alt": {
    body: '<img src="/assets/images/nhsuk-icon-180.png" width="90" height="90">',
    rules: /axe image-alt:/,
  },
  "empty-link": { body: '<p>Read <a href="/objectives/"></a> today.</p>', rules: /axe link-name:/ },
  "low-contrast": {
    body: '<p class="app-test-low-contrast">Pale grey text on white.</p>',
    rules: /axe color-contrast:/,
  },
  "skipped-heading": {
    body: "<h4>A heading three levels down</h4><p>Text.</p>",
    rules: /html-validate heading-level:/,
  },
  "table-without-headers": {
    body: "<table><caption>Scores</caption><tbody><tr><td>Outcome</td><td>Score</td></tr><tr><td>1A</td><td>2</td></tr></tbody></table>",
    rules: /htmlcs \S+\.H39\.3\.LayoutTable:/,
  },
  "invalid-nesting": { body: "<ul><div>Not a list item</div></ul>", rules: /html-validate element-permitted-content:/ },
};

let workDir: string;
let outputDir: string;
let run: BuildRun;
let before: Map<string, string>;

function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .sort();
  return new Map(
    files.map((file) => [
      file,
      createHash("sha256")
        .update(readFileSync(path.join(dir, file)))
        .digest("hex"),
    ]),
  );
}

beforeAll(() => {
  workDir = makeTempDir("failing");
  const inputDir = path.join(workDir, "site");
  cpSync(path.join(PROJECT_ROOT, "site"), inputDir, { recursive: true });
  appendFileSync(path.join(inputDir, "assets/css/app.css"), "\n.app-test-low-contrast { color: #c8c8c8; }\n");
  mkdirSync(path.join(inputDir, "broken"));
  for (const [slug, { body }] of Object.entries(BROKEN_PAGES)) {
    writeFileSync(
      path.join(inputDir, "broken", `${slug}.njk`),
      `---\ntitle: Broken ${slug}\npermalink: /broken/${slug}/\n---\n{% extends "layouts/base.njk" %}\n{% block pageContent %}<h1>Broken: ${slug}</h1>${body}{% endblock %}\n`,
    );
  }
  // The last good site, which a failed build must leave alone.
  outputDir = path.join(workDir, "published");
  mkdirSync(path.join(outputDir, "objectives"), { recursive: true });
  writeFileSync(path.join(outputDir, "index.html"), "<!DOCTYPE html><title>Last good site</title>");
  writeFileSync(path.join(outputDir, "objectives", "index.html"), "<!DOCTYPE html><title>Objectives</title>");
  before = snapshot(outputDir);
  run = runBuild(["--today", PINNED_TODAY, "--input", inputDir, "--output", outputDir]);
});

afterAll(() => removeDir(workDir));

describe("a build with inaccessible pages", () => {
  it("fails with a non-zero exit and says nothing was published", () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Nothing was published: the last good site is unchanged/);
  });

  it.each(Object.entries(BROKEN_PAGES))("names the rule that %s breaks, on its page", (slug, { rules }) => {
    const section = run.stderr.split(/\n(?=\/)/).find((block) => block.startsWith(`/broken/${slug}/`));
    expect(section, `no findings for /broken/${slug}/ in:\n${run.stderr}`).toBeDefined();
    expect(section).toMatch(rules);
    expect(section).toMatch(/fix: /);
  });

  it("finds no problem on the example hub's own pages", () => {
    const pagesWithProblems = [...run.stderr.matchAll(/^(\/\S*)$/gm)].map((match) => match[1]);
    expect(pagesWithProblems.filter((page) => !page?.startsWith("/broken/"))).toEqual([]);
  });

  it("leaves the published site exactly as it was", () => {
    expect(snapshot(outputDir)).toEqual(before);
  });

  it("writes a JSON and an HTML report beside the site, not in it", () => {
    const report = JSON.parse(readFileSync(`${outputDir}-reports/gate-report.json`, "utf8"));
    expect(report.passed).toBe(false);
    expect(report.pagesChecked).toBe(report.pages.length);
    expect(readFileSync(`${outputDir}-reports/gate-report.html`, "utf8")).toContain("<h2>/broken/empty-link/</h2>");
  });
});
