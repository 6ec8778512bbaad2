/**
 * The writing help: plain English and inclusive language in a hub's markdown pages and in the
 * reader-facing fields of its YAML (docs/writing-help.md). Each finding becomes a warning at the
 * file, line and column of the words in the source, like the build's other warnings, and never
 * stops a build. A text that appears many times (a summary copied across policies) is read once.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PageSource } from "../content/front-matter.ts";
import { markdownBody } from "../content/front-matter.ts";
import type { DataWarning } from "../data/errors.ts";
import { dataFileNames, type LoadedHub } from "../data/hub.ts";
import type { YamlFile } from "../data/yaml-file.ts";
import { isAccepted } from "./accept.ts";
import { findingsOf, type Finding, type WritingKind } from "./findings.ts";
import { proseBody } from "./markdown-texts.ts";
import { TITLE_FIELDS } from "./prose-fields.ts";
import { markdownMessages, plainTextMessages } from "./processors.ts";
import { proseTexts } from "./yaml-texts.ts";

export interface WritingWarning extends DataWarning {
  kind: WritingKind;
  /** Such as 'suffers-from' (nhs-words.ts), 'utilise' (retext-simplify) or 'long-sentence'. */
  rule: string;
  /** The words flagged, or the sentence: what an accept is matched against. */
  phrase: string;
}

type TextCache = Map<string, Finding[]>;

function plainFindings(text: string, cache: TextCache): Finding[] {
  let findings = cache.get(text);
  if (!findings) {
    // A value over more than one line may be markdown (a legal duty's summary has a list), and
    // markdown reads a line of plain text just as retext does.
    findings = findingsOf(text.includes("\n") ? markdownMessages(text) : plainTextMessages(text), text);
    cache.set(text, findings);
  }
  return findings;
}

/** A YAML file's prose fields; `pageAccepts`: a page's front matter accepts, for its own fields. */
export function yamlWarnings(
  yaml: YamlFile,
  pageAccepts: readonly string[] = [],
  cache: TextCache = new Map(),
): WritingWarning[] {
  return proseTexts(yaml).flatMap((prose) => {
    const accepts = [...pageAccepts, ...prose.accepts];
    const title = TITLE_FIELDS.has(prose.field);
    return plainFindings(prose.text, cache)
      .filter((finding) => !(title && finding.kind === "reading age") && !isAccepted(finding.phrase, accepts))
      .map((finding) => ({
        file: yaml.file,
        ...prose.place(finding.offset),
        path: prose.path,
        message: finding.message,
        kind: finding.kind,
        rule: finding.rule,
        phrase: finding.phrase,
      }));
  });
}

/** A markdown page's body, from the page's whole `source` (front matter included). */
export function markdownWarnings(source: string, file: string, accepts: readonly string[] = []): WritingWarning[] {
  const { body, firstLine } = markdownBody(source);
  const prose = proseBody(body);
  return findingsOf(markdownMessages(prose), prose)
    .filter((finding) => !isAccepted(finding.phrase, accepts))
    .map((finding) => ({
      file,
      line: firstLine - 1 + finding.line,
      column: finding.column,
      path: "",
      message: finding.message,
      kind: finding.kind,
      rule: finding.rule,
      phrase: finding.phrase,
    }));
}

/** `root`: the folder the pages' and files' paths are relative to, as in lib/build/check-content.ts. */
export function checkWriting(
  hub: LoadedHub,
  pages: readonly PageSource[],
  root: string = process.cwd(),
): WritingWarning[] {
  const cache: TextCache = new Map();
  const data = dataFileNames.flatMap((name) => yamlWarnings(hub.files[name], [], cache));
  const pageWarnings = pages.flatMap((page) => {
    const accepts = page.frontMatter.writing?.accept ?? [];
    const frontMatter = page.yaml ? yamlWarnings(page.yaml, accepts, cache) : [];
    const body = page.file.endsWith(".md")
      ? markdownWarnings(readFileSync(path.resolve(root, page.file), "utf8"), page.file, accepts)
      : [];
    return [...frontMatter, ...body];
  });
  return [...data, ...pageWarnings];
}
