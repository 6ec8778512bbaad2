/**
 * Reading one YAML data file with source positions, catching the mistakes YAML itself would hide
 * or report obscurely: tabs in indentation, and dates or codes left unquoted.
 */
import { existsSync, readFileSync } from "node:fs";
import { LineCounter, parseDocument, visit, type Document } from "yaml";
import type { DataError } from "./errors.ts";

export interface YamlFile {
  /** Path relative to the project root, for messages. */
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  /** The file's contents as plain data. */
  data: unknown;
}

export type ReadResult = { ok: true; yaml: YamlFile } | { ok: false; errors: DataError[] };

const UNQUOTED_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readYamlFile(absolutePath: string, file: string): ReadResult {
  if (!existsSync(absolutePath)) {
    return fail({ file, line: 1, column: 1, path: "", message: `${file} is missing: create it (docs/content-model.md describes what goes in it)` });
  }
  const source = readFileSync(absolutePath, "utf8");
  const tabErrors = findTabIndentation(source, file);
  if (tabErrors.length > 0) return { ok: false, errors: tabErrors };

  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: `yes` stays text and dates stay text; unique keys are enforced.
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        return { file, line: position.line, column: position.col, path: "", message: yamlErrorMessage(error.code, error.message) };
      }),
    };
  }
  const errors: DataError[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (node.type === "PLAIN" && typeof node.source === "string" && UNQUOTED_DATE.test(node.source) && node.range) {
        const position = lineCounter.linePos(node.range[0]);
        errors.push({ file, line: position.line, column: position.col, path: "", message: `put the date in quotes: '${node.source}' (YAML would otherwise guess what it is)` });
      }
    },
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, yaml: { file, doc, lineCounter, data: doc.toJS({ maxAliasCount: 100 }) } };
}

function findTabIndentation(source: string, file: string): DataError[] {
  const errors: DataError[] = [];
  source.split(/\r?\n/).forEach((text, index) => {
    const indent = /^[ \t]*/.exec(text)?.[0] ?? "";
    const tab = indent.indexOf("\t");
    if (tab >= 0 && text.trim() !== "") {
      errors.push({ file, line: index + 1, column: tab + 1, path: "", message: "indent with spaces, not tabs: YAML does not allow tabs in indentation" });
    }
  });
  return errors;
}

function yamlErrorMessage(code: string, message: string): string {
  const first = message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
  switch (code) {
    case "DUPLICATE_KEY":
      return "this field appears twice in the same place: keep one";
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "UNEXPECTED_TOKEN":
      return `the YAML is malformed here (${first}): check the indentation and that every 'field: value' has its colon`;
    default:
      return `the YAML is malformed here (${first}): check quotes, colons and indentation`;
  }
}

function fail(error: DataError): ReadResult {
  return { ok: false, errors: [error] };
}

