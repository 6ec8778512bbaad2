/**
 * The writing help: plain English and inclusive language in a hub's markdown pages and in the
 * reader-facing fields of its YAML (docs/writing-help.md). Each finding becomes a warning at the
 * file, line and column of the words in the source, like the build's other warnings, and never
 * stops a build. Each distinct text is read once a run, and not at all when the cache
 * (writing-cache.ts) already holds what was found in it.
 */
import { markdownBody, type MarkdownBody, type PageSource } from "../content/front-matter.ts";
import type { DataWarning } from "../data/errors.ts";
import { dataFileNames, type LoadedHub } from "../data/hub.ts";
import type { YamlFile } from "../data/yaml-file.ts";
import { isAccepted } from "./accept.ts";
import type { Finding, WritingKind } from "./findings.ts";
import { proseBody } from "./markdown-texts.ts";
import { TITLE_FIELDS } from "./prose-fields.ts";
import type { ReadText, TextMode } from "./read-text.ts";
import { textKey, WritingCache } from "./writing-cache.ts";
import { proseTexts } from "./yaml-texts.ts";

export interface WritingWarning extends DataWarning {
  kind: WritingKind;
  /** Such as 'suffers-from' (nhs-words.ts), 'utilise' (retext-simplify) or 'long-sentence'. */
  rule: string;
  /** The words flagged, or the sentence: what an accept is matched against. */
  phrase: string;
}

function warningAt(finding: Finding, where: Pick<DataWarning, "file" | "line" | "column" | "path">): WritingWarning {
  return { ...where, message: finding.message, kind: finding.kind, rule: finding.rule, phrase: finding.phrase };
}

/** A YAML file's prose fields; `pageAccepts`: a page's front matter accepts, for its own fields. */
export function yamlWarnings(yaml: YamlFile, pageAccepts: readonly string[], read: ReadText): WritingWarning[] {
  return proseTexts(yaml).flatMap((prose) => {
    const accepts = [...pageAccepts, ...prose.accepts];
    const title = TITLE_FIELDS.has(prose.field);
    return read(prose.text, "field")
      .filter((finding) => !(title && finding.kind === "reading age") && !isAccepted(finding.phrase, accepts))
      .map((finding) => warningAt(finding, { file: yaml.file, ...prose.place(finding.offset), path: prose.path }));
  });
}

/** A markdown page's body, from the page's whole `source` (front matter included). */
export function markdownWarnings(
  source: string,
  file: string,
  accepts: readonly string[],
  read: ReadText,
): WritingWarning[] {
  const { body, firstLine } = markdownBody(source);
  return bodyWarnings({ text: body, firstLine }, file, accepts, read);
}

function bodyWarnings(
  { text, firstLine }: MarkdownBody,
  file: string,
  accepts: readonly string[],
  read: ReadText,
): WritingWarning[] {
  return read(proseBody(text), "markdown")
    .filter((finding) => !isAccepted(finding.phrase, accepts))
    .map((finding) =>
      warningAt(finding, { file, line: firstLine - 1 + finding.line, column: finding.column, path: "" }),
    );
}

function hubWarnings(hub: LoadedHub, pages: readonly PageSource[], read: ReadText): WritingWarning[] {
  const data = dataFileNames.flatMap((name) => yamlWarnings(hub.files[name], [], read));
  const pageWarnings = pages.flatMap((page) => {
    const accepts = page.frontMatter.writing?.accept ?? [];
    const frontMatter = page.yaml ? yamlWarnings(page.yaml, accepts, read) : [];
    const body = page.body ? bodyWarnings(page.body, page.file, accepts, read) : [];
    return [...frontMatter, ...body];
  });
  return [...data, ...pageWarnings];
}

/**
 * The pages' text is the text read once when their front matter was checked (PageSource.body);
 * `cacheDir`: the build's cache folder, or undefined to keep nothing between runs.
 */
export async function checkWriting(
  hub: LoadedHub,
  pages: readonly PageSource[],
  options: { cacheDir?: string | undefined } = {},
): Promise<WritingWarning[]> {
  const cache = new WritingCache(options.cacheDir);
  // First the texts the cache does not hold; retext is loaded only if there are any.
  const missing = new Map<string, { text: string; mode: TextMode }>();
  hubWarnings(hub, pages, (text, mode) => {
    const key = textKey(text, mode);
    if (!cache.get(key)) missing.set(key, { text, mode });
    return [];
  });
  if (missing.size > 0) {
    const { readText } = await import("./read-text.ts");
    for (const [key, { text, mode }] of missing) cache.set(key, readText(text, mode));
  }
  const warnings = hubWarnings(hub, pages, (text, mode) => cache.get(textKey(text, mode)) ?? []);
  cache.save();
  return warnings;
}
