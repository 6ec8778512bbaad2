/**
 * Adds an entry's YAML to the end of a list in a data file, leaving every other byte of the file
 * as it was: the editor's comments, quotes, folded text and blank lines. The yaml package's
 * Document API finds the list and where its last item ends; the entry's text goes in there,
 * indented like the items before it (and after a blank line, if they are separated by one), with
 * the file's own line ends. Writing the whole document back out with the yaml package instead
 * would re-fold long text and change quotes in entries nobody touched.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from "yaml";
import { YAML_PARSE_OPTIONS } from "../data/yaml-file.ts";

export interface Inserted {
  /** The whole file's new text. */
  text: string;
  /** The line the entry starts on, counting from 1. */
  line: number;
}

export class InsertError extends Error {
  override name = "InsertError";
}

/** `entryYaml` is one list item at column 0, ending in a line end ('- id: …\n  title: …\n'). */
export function insertEntry(source: string, list: string, entryYaml: string, file: string): Inserted {
  const bom = source.startsWith("\uFEFF") ? "\uFEFF" : "";
  const body = source.slice(bom.length);
  const eol = body.includes("\r\n") ? "\r\n" : "\n";
  const doc = parseDocument(body, YAML_PARSE_OPTIONS);
  if (doc.errors.length > 0) {
    throw new InsertError(`${file} cannot be read as YAML: run npm run check to see why, and fix it first`);
  }
  // A file of comments only has no contents: the list is added at its end.
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new InsertError(`${file} is not a list of fields such as '${list}:': run npm run check to see why`);
  }
  const pair = (isMap(doc.contents) ? doc.contents.items : []).find(
    (item) => isScalar(item.key) && item.key.value === list,
  ) as Pair<Node, Node | null> | undefined;
  const value = pair?.value;
  const lines = (text: string, indent: string) =>
    text
      .replace(/\n$/, "")
      .split("\n")
      .map((line) => (line === "" ? "" : `${indent}${line}`))
      .join(eol) + eol;
  const splice = (offset: number, before: string, text: string, cut = 0): Inserted => ({
    text: `${bom}${body.slice(0, offset)}${before}${text}${body.slice(offset + cut)}`,
    line: lineAt(body.slice(0, offset) + before),
  });

  if (isSeq(value) && !value.flow && value.items.length > 0) {
    const items = value.items as Node[];
    const first = value.range?.[0] ?? 0;
    const indent = " ".repeat(first - (body.lastIndexOf("\n", first - 1) + 1));
    const last = items.at(-1) as Node;
    const offset = lineEndAfter(body, last.range?.[1] ?? body.length);
    const between = items.length > 1 ? body.slice(items[0]?.range?.[1], items[1]?.range?.[0]) : "";
    const gap = /\n/.test(between) ? eol : "";
    const newline = offset > 0 && body[offset - 1] !== "\n" ? eol : "";
    return splice(offset, newline + gap, lines(entryYaml, indent));
  }
  if (isSeq(value) && value.flow && value.items.length === 0 && value.range && pair && isScalar(pair.key)) {
    // 'policies: []': the empty list becomes a block with the one entry.
    const keyEnd = pair.key.range?.[1] ?? 0;
    const end = value.range[1];
    return {
      text: `${bom}${body.slice(0, keyEnd)}:${eol}${lines(entryYaml, "  ")}${body.slice(lineEndAfter(body, end))}`,
      line: lineAt(body.slice(0, keyEnd)) + 1,
    };
  }
  if (pair && value !== null && value !== undefined && !(isScalar(value) && value.value === null)) {
    throw new InsertError(
      `'${list}' in ${file} is not a list written one '- ' item a line: write it that way (see docs/content-model.md), then run the command again`,
    );
  }
  if (pair && isScalar(pair.key)) {
    // 'policies:' with nothing after it.
    const offset = lineEndAfter(body, pair.key.range?.[1] ?? 0);
    return splice(offset, body[offset - 1] === "\n" ? "" : eol, lines(entryYaml, "  "));
  }
  // No such list yet: it goes at the end of the file.
  const newline = body === "" || body.endsWith("\n") ? "" : eol;
  return {
    text: `${bom}${body}${newline}${list}:${eol}${lines(entryYaml, "  ")}`,
    line: lineAt(body + newline) + 1,
  };
}

/** The offset of the start of the line after the one `offset` is on (or the end of the text). */
function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const next = text.indexOf("\n", offset);
  return next === -1 ? text.length : next + 1;
}

/** The line, counting from 1, that starts at the end of `before`. */
function lineAt(before: string): number {
  return before.split("\n").length;
}
