/**
 * Reading one YAML data file with source positions. Mistakes that stop the file being read at
 * all (missing, tabs, broken YAML) are reported here; what it says is checked afterwards.
 */
import { existsSync, readFileSync } from "node:fs";
import { isAlias, LineCounter, parseDocument, visit, type Document } from "yaml";
import type { DataError } from "./errors.ts";
import { positionOf, YAML_PARSE_OPTIONS, YAML_TO_JS_OPTIONS, type YamlFile } from "./yaml-file.ts";
import { decodeUtf8, findInvisibleCharacters } from "./source-checks.ts";
import { describeYamlError } from "./yaml-messages.ts";

export type ReadResult = { ok: true; yaml: YamlFile } | { ok: false; errors: DataError[] };

export function readYamlFile(absolutePath: string, file: string): ReadResult {
  if (!existsSync(absolutePath)) {
    return {
      ok: false,
      errors: [
        { file, line: 1, column: 1, path: "", message: `${file} is missing: create it (see docs/content-model.md)` },
      ],
    };
  }
  const decoded = decodeUtf8(readFileSync(absolutePath), file);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  return readYamlSource(decoded.text, file);
}

/** Parses YAML text; `file` names it in messages. Also used for the front matter of pages. */
export function readYamlSource(text: string, file: string): ReadResult {
  // A byte order mark is how some Windows editors save UTF-8: harmless, so it is dropped.
  const source = text.replace(/^\uFEFF/, "");
  const invisible = findInvisibleCharacters(source, file);
  if (invisible.length > 0) return { ok: false, errors: invisible };
  const tabErrors = findTabIndentation(source, file);
  if (tabErrors.length > 0) return { ok: false, errors: tabErrors };

  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { ...YAML_PARSE_OPTIONS, lineCounter });
  // After the first real syntax error the parser is guessing, and what follows is usually an echo
  // of it; a repeated key is a mistake of its own wherever it is.
  const firstSyntaxError = doc.errors.find((error) => error.code !== "DUPLICATE_KEY");
  const reported = doc.errors.filter((error) => error.code === "DUPLICATE_KEY" || error === firstSyntaxError);
  const syntaxErrors = reported.map((error): DataError => {
    const problem = describeYamlError(error, source, doc, (offset) => lineCounter.linePos(offset).line);
    return { file, ...positionOf({ lineCounter }, problem.offset), path: "", message: problem.message };
  });
  const errors = syntaxErrors.length > 0 ? syntaxErrors : unresolvedAliases(doc, source, lineCounter, file);
  if (errors.length > 0) return { ok: false, errors };
  try {
    return { ok: true, yaml: { file, doc, lineCounter, source, data: doc.toJS(YAML_TO_JS_OPTIONS) } };
  } catch (error) {
    // Only aliases can make a parsed document fail to convert: too many of them is how a small
    // file expands to gigabytes (a "billion laughs"), so the yaml package refuses it.
    const reason = error instanceof Error ? error.message : String(error);
    const message = /alias count/i.test(reason)
      ? "this file repeats YAML aliases ('*name') so many times that it would expand far beyond any real content: write the values out in full"
      : `YAML could not read this file (${reason}): check the values that start with '*' or '&'`;
    return { ok: false, errors: [{ file, line: 1, column: 1, path: "", message }] };
  }
}

/** YAML forbids tabs in indentation; its own error for them is hard to act on. */
function findTabIndentation(source: string, file: string): DataError[] {
  const errors: DataError[] = [];
  source.split(/\r?\n/).forEach((text, index) => {
    const indent = /^[ \t]*/.exec(text)?.[0] ?? "";
    const tab = indent.indexOf("\t");
    if (tab >= 0 && text.trim() !== "") {
      errors.push({
        file,
        line: index + 1,
        column: tab + 1,
        path: "",
        message: "indent with spaces, not tabs: YAML does not allow tabs at the start of a line",
      });
    }
  });
  return errors;
}

/**
 * A value starting with `*` (such as `*Important*`) is a YAML alias; with no matching `&` anchor
 * the yaml package would throw while converting, so it is reported here instead.
 */
function unresolvedAliases(doc: Document, source: string, lineCounter: LineCounter, file: string): DataError[] {
  const errors: DataError[] = [];
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.resolve(doc) === undefined) {
        const [start, end] = node.range ?? [0, 0];
        const text = source.slice(start, end).trim();
        errors.push({
          file,
          ...positionOf({ lineCounter }, start),
          path: "",
          message: `a value starting with '*' is read as a YAML alias, and there is no '&${node.source}' anchor: if '${text}' is text, put it in quotes`,
        });
      }
    },
  });
  return errors;
}
