/**
 * The prose in a YAML file (a data file or a page's front matter): each field prose-fields.ts
 * names, with where it is, the phrases accepted for it by comment, and a way from an offset in
 * its value back to the line and column in the file.
 */
import { isPair, isScalar, visit, type Scalar } from "yaml";
import { formatPath, pathFromAncestors, type FieldPath } from "../data/locate.ts";
import { positionOf, type YamlFile } from "../data/yaml-file.ts";
import { acceptsAtLine } from "./accept.ts";
import { PROSE_FIELDS } from "./prose-fields.ts";

export interface ProseText {
  /** `policies[2].summary` */
  path: string;
  /** The field's name, such as `summary`. */
  field: string;
  text: string;
  accepts: string[];
  /** 1-based line and column in the file of an offset in `text`. */
  place: (offset: number) => { line: number; column: number };
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Where in the scalar's source the character at `offset` of its value is. Folding, quoting and a
 * block scalar's indentation change the characters between words but never the words, so the
 * character is found again as the same word, counted from the start.
 */
function sourceOffset(source: string, node: Scalar, value: string, offset: number): number {
  const [start = 0, end = start] = node.range ?? [];
  const raw = source.slice(start, end);
  const body = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED" ? raw.indexOf("\n") + 1 : 0;
  const valueWords = [...value.matchAll(WORD)];
  const index = valueWords.findIndex((word) => word.index + word[0].length > offset);
  const word = valueWords[index];
  if (index < 0 || !word) return start + body;
  const rawWord = [...raw.slice(body).matchAll(WORD)][index];
  if (!rawWord) return start + body;
  return start + body + rawWord.index + Math.max(0, offset - word.index);
}

function lastField(path: FieldPath): string | undefined {
  return [...path].reverse().find((part): part is string => typeof part === "string");
}

/**
 * A .njk page's computed fields are Nunjucks that Eleventy fills in, not the words readers see;
 * the template's own text is not checked either.
 */
function isTemplate(path: FieldPath, value: string): boolean {
  return TEMPLATE_FIELDS.has(String(path[0])) || /\{\{|\{%/.test(value);
}

const TEMPLATE_FIELDS = new Set(["eleventyComputed", "pagination", "permalink"]);

export function proseTexts(yaml: YamlFile): ProseText[] {
  const lines = yaml.source.split("\n");
  const texts: ProseText[] = [];
  visit(yaml.doc, {
    Scalar(key, node, ancestors) {
      if (key === "key" || typeof node.value !== "string") return;
      const path = pathFromAncestors(ancestors, node);
      const field = path && lastField(path);
      if (!path || !field || !PROSE_FIELDS.has(field) || isTemplate(path, node.value)) return;
      const value = node.value;
      const parent = ancestors.at(-1);
      const fieldStart = isPair(parent) && isScalar(parent.key) ? parent.key.range?.[0] : node.range?.[0];
      const line = positionOf(yaml, fieldStart ?? 0).line;
      texts.push({
        path: formatPath(path),
        field,
        text: value,
        accepts: acceptsAtLine(lines, line),
        place: (offset) => positionOf(yaml, sourceOffset(yaml.source, node, value, offset)),
      });
    },
  });
  return texts;
}
