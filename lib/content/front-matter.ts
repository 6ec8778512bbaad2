/**
 * Reading and checking the front matter of every page in the input folder before Eleventy runs,
 * with the same file:line:column errors as the data files. Eleventy would otherwise accept any
 * key and value, and a mistake would surface as a blank title or a broken link. The body of each
 * markdown page is linted here too (lint-markdown.ts), so all content errors come out together.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DataError } from "../data/errors.ts";
import { readYamlSource } from "../data/read-yaml.ts";
import type { YamlFile } from "../data/yaml-file.ts";
import { decodeUtf8, findInvisibleCharacters } from "../data/source-checks.ts";
import { validateFile } from "../data/validate-file.ts";
import { frontMatterSchema, markdownFrontMatterSchema, type FrontMatter } from "../schemas/front-matter.ts";
import { lintMarkdown } from "./lint-markdown.ts";

/** A markdown page's text after its front matter, and the file line it starts on (1-based). */
export interface MarkdownBody {
  text: string;
  firstLine: number;
}

export interface PageSource {
  /** Relative to the project root, with forward slashes, for messages. */
  file: string;
  frontMatter: FrontMatter;
  yaml: YamlFile | undefined;
  /** Kept from the one read of the file, for the checks that read the text; undefined for a template. */
  body: MarkdownBody | undefined;
}

export type PagesResult = { ok: true; pages: PageSource[] } | { ok: false; errors: DataError[] };

const TEMPLATE = /\.(?:md|njk)$/;
const MARKDOWN = /\.md$/;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Every page template under `inputDir`, leaving out `_includes` and other underscore folders. */
export function listPageTemplates(inputDir: string): string[] {
  return readdirSync(inputDir, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => TEMPLATE.test(file) && !file.split("/").some((part) => part.startsWith("_")))
    .sort();
}

/** A hub's markdown pages, relative to its pages folder. */
export function listMarkdownPages(pagesDir: string): string[] {
  return listPageTemplates(pagesDir).filter((file) => MARKDOWN.test(file));
}

/**
 * Every page a hub builds: the templates' own pages in `inputDir`, and the markdown pages in
 * `pagesDir` (the same folder for the example at the top level; its own for another hub).
 */
export function listPageFiles(inputDir: string, pagesDir: string = inputDir): string[] {
  const templates = listPageTemplates(inputDir).filter((file) => !MARKDOWN.test(file));
  return [
    ...templates.map((file) => path.join(inputDir, file)),
    ...listMarkdownPages(pagesDir).map((file) => path.join(pagesDir, file)),
  ];
}

export function readPages(inputDir: string, root: string = process.cwd(), pagesDir: string = inputDir): PagesResult {
  const errors: DataError[] = [];
  const pages: PageSource[] = [];
  for (const absolute of listPageFiles(inputDir, pagesDir)) {
    const file = path.relative(root, absolute).split(path.sep).join("/");
    // The same checks as the data files: UTF-8 only, nothing invisible pasted in, a sane size.
    const decoded = decodeUtf8(readFileSync(absolute), file);
    if (!decoded.ok) {
      errors.push(decoded.error);
      continue;
    }
    const source = decoded.text;
    const invisible = findInvisibleCharacters(source.replace(/^\uFEFF/, ""), file);
    if (invisible.length > 0) {
      errors.push(...invisible);
      continue;
    }
    const read = readFrontMatter(source, file);
    if (!read.ok) errors.push(...read.errors);
    else pages.push(read.page);
    if (MARKDOWN.test(file)) {
      const { body, firstLine } = markdownBody(source);
      errors.push(...lintMarkdown(body, file, firstLine));
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pages };
}

/**
 * The front matter block is kept at its own lines: the opening `---` becomes a blank line, so the
 * YAML parser's line numbers are the file's.
 */
export function readFrontMatter(
  source: string,
  file: string,
): { ok: true; page: PageSource } | { ok: false; errors: DataError[] } {
  const { frontMatter, body: text, firstLine } = splitPage(source);
  const body = MARKDOWN.test(file) ? { text, firstLine } : undefined;
  if (frontMatter === undefined) return { ok: true, page: { file, frontMatter: {}, yaml: undefined, body } };
  const read = readYamlSource(`\n${frontMatter}`, file);
  if (!read.ok) return read;
  if (read.yaml.data === null || read.yaml.data === undefined)
    return { ok: true, page: { file, frontMatter: {}, yaml: read.yaml, body } };
  const validated = validateFile(read.yaml, body ? markdownFrontMatterSchema : frontMatterSchema);
  if (!validated.ok) return { ok: false, errors: validated.errors };
  return { ok: true, page: { file, frontMatter: validated.value, yaml: read.yaml, body } };
}

/** A page's text after its front matter, and the file line it starts on (1-based). */
export function markdownBody(source: string): { body: string; firstLine: number } {
  const { body, firstLine } = splitPage(source);
  return { body, firstLine };
}

/** A page's front matter (without its `---` lines), its body, and the line the body starts on. */
function splitPage(source: string): { frontMatter: string | undefined; body: string; firstLine: number } {
  const text = source.replace(/^\uFEFF/, "");
  const match = FRONT_MATTER.exec(text);
  const block = match?.[0] ?? "";
  return {
    frontMatter: match ? (match[1] ?? "") : undefined,
    body: text.slice(block.length),
    firstLine: block.split("\n").length,
  };
}
