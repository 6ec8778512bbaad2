/**
 * Reading and checking the front matter of every page in the input folder before Eleventy runs,
 * with the same file:line:column errors as the data files. Eleventy would otherwise accept any
 * key and value, and a mistake would surface as a blank title or a broken link.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DataError } from "../data/errors.ts";
import { readYamlSource, type YamlFile } from "../data/read-yaml.ts";
import { validateFile } from "../data/validate-file.ts";
import { frontMatterSchema, type FrontMatter } from "../schemas/front-matter.ts";

export interface PageSource {
  /** Relative to the project root, with forward slashes, for messages. */
  file: string;
  frontMatter: FrontMatter;
  yaml: YamlFile | undefined;
}

export type PagesResult = { ok: true; pages: PageSource[] } | { ok: false; errors: DataError[] };

const TEMPLATE = /\.(?:md|njk)$/;

/** Every page template under `inputDir`, leaving out `_includes` and other underscore folders. */
export function listPageTemplates(inputDir: string): string[] {
  return readdirSync(inputDir, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => TEMPLATE.test(file) && !file.split("/").some((part) => part.startsWith("_")))
    .sort();
}

export function readPages(inputDir: string, root: string = process.cwd()): PagesResult {
  const errors: DataError[] = [];
  const pages: PageSource[] = [];
  for (const template of listPageTemplates(inputDir)) {
    const absolute = path.join(inputDir, template);
    const file = path.relative(root, absolute).split(path.sep).join("/");
    const read = readFrontMatter(readFileSync(absolute, "utf8"), file);
    if (!read.ok) errors.push(...read.errors);
    else pages.push(read.page);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pages };
}

/**
 * The front matter block is kept at its own lines: the opening `---` becomes a blank line, so the
 * YAML parser's line numbers are the file's.
 */
export function readFrontMatter(source: string, file: string): { ok: true; page: PageSource } | { ok: false; errors: DataError[] } {
  const text = source.replace(/^\uFEFF/, "");
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { ok: true, page: { file, frontMatter: {}, yaml: undefined } };
  const read = readYamlSource(`\n${match[1] ?? ""}`, file);
  if (!read.ok) return read;
  if (read.yaml.data === null || read.yaml.data === undefined) return { ok: true, page: { file, frontMatter: {}, yaml: read.yaml } };
  const validated = validateFile(read.yaml, frontMatterSchema);
  if (!validated.ok) return { ok: false, errors: validated.errors };
  return { ok: true, page: { file, frontMatter: validated.value, yaml: read.yaml } };
}
