/**
 * The hub's Eleventy render against bare Eleventy on the same markdown. Both render `count` copies
 * of the example's longest prose page (its body unchanged, the title numbered) with markdown-it
 * into nhsuk-frontend's page template: bare Eleventy with nothing else, ours as part of the whole
 * hub. Ours is timed with and without the copies, so the cost of a markdown page is the
 * difference, apart from the fixed cost of the hub's other pages.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import nunjucks from "nunjucks";
import { renderSite } from "../../lib/build/render-site.ts";
import type { LoadedHub } from "../../lib/data/hub.ts";
import { DEFAULT_FOLDERS } from "../../lib/folders.ts";
import { nhsukFrontendDist } from "../../lib/nunjucks/create-environment.ts";

const SOURCE_PAGE = path.join(DEFAULT_FOLDERS.input, "our-equality-work", "index.md");

/** The body of the source page, without its front matter. */
function sourceBody(): string {
  return readFileSync(SOURCE_PAGE, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
}

function writePages(dir: string, count: number, frontMatter: (n: number) => string): void {
  const body = sourceBody();
  mkdirSync(dir, { recursive: true });
  for (let n = 1; n <= count; n += 1)
    writeFileSync(path.join(dir, `page-${n}.md`), `---\n${frontMatter(n)}---\n${body}`);
}

/** A folder of the hub's own markdown pages (from `inputDir`) plus `count` copies under /notes/. */
export function hubPagesWithCopies(inputDir: string, dir: string, count: number): string {
  cpSync(inputDir, dir, {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}_includes`) && !source.includes(`${path.sep}assets`),
  });
  writePages(path.join(dir, "notes"), count, (n) => {
    const description = "How equality is built into the way we plan, buy and check health services.";
    return `title: Our equality work, note ${n}\nlayout: layouts/page.njk\ndescription: ${description}\n`;
  });
  return dir;
}

/** Seconds for the hub to render, in this process, with these markdown pages. */
export async function timeOurRender(hub: LoadedHub, pagesDir: string, outputDir: string, today: string) {
  const started = performance.now();
  const { pages } = await renderSite({ pagesDir, outputDir, hub, today });
  return { seconds: (performance.now() - started) / 1000, pages: pages.length };
}

/** Seconds for bare Eleventy: markdown-it as Eleventy sets it up, and one layout extending nhsuk's template. */
export async function timeBareRender(dir: string, count: number, outputDir: string) {
  const input = path.join(dir, "input");
  writePages(input, count, (n) => `title: Our equality work, note ${n}\nlayout: bare.njk\n`);
  mkdirSync(path.join(input, "_includes"), { recursive: true });
  writeFileSync(
    path.join(input, "_includes", "bare.njk"),
    '{% extends "nhsuk/template.njk" %}\n{% block pageTitle %}{{ title }}{% endblock %}\n{% block content %}<h1>{{ title }}</h1>{{ content | safe }}{% endblock %}\n',
  );
  const configPath = path.join(dir, "eleventy.config.mjs");
  writeFileSync(configPath, "export default function () {}\n");
  const includes = path.join(input, "_includes");
  const started = performance.now();
  const eleventy = new Eleventy(input, outputDir, {
    configPath,
    quietMode: true,
    config: (config: UserConfig) =>
      config.setLibrary(
        "njk",
        new nunjucks.Environment(new nunjucks.FileSystemLoader([includes, nhsukFrontendDist()])),
      ),
  });
  eleventy.disableLogger();
  await eleventy.write();
  return { seconds: (performance.now() - started) / 1000, pages: count };
}
