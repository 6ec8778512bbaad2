/**
 * The yaml package's syntax errors, reworded for someone editing a data file: what YAML read, and
 * what to type instead. Error codes: https://eemeli.org/yaml/#errors
 */
import { isMap, isScalar, Scalar, visit, type Document, type YAMLError } from "yaml";

export interface YamlProblem {
  /** Where to point: usually where the yaml package noticed, sometimes where the mistake began. */
  offset: number;
  message: string;
}

export function describeYamlError(
  error: YAMLError,
  source: string,
  doc: Document,
  lineOf: (offset: number) => number,
): YamlProblem {
  const offset = error.pos[0];
  const original = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? error.message;
  switch (error.code) {
    case "DUPLICATE_KEY":
      return { offset, message: duplicateKey(offset, doc, lineOf) };
    case "BLOCK_AS_IMPLICIT_KEY":
      return {
        offset,
        message:
          "this value contains ': ', so YAML reads it as the start of another field: put the whole value in quotes, such as title: \"Access: what we heard\"",
      };
    case "MULTILINE_IMPLICIT_KEY":
      return { offset, message: "YAML expected 'field: value' here: check the colon, and that a space follows it" };
    case "BAD_SCALAR_START":
      return {
        offset,
        message: `a value cannot start with '${source.charAt(offset)}' in YAML: put the whole value in quotes`,
      };
    case "MISSING_CHAR":
      return (
        unclosedQuote(original, offset, doc) ?? {
          offset,
          message: `${original}: close the quote or bracket opened above`,
        }
      );
    case "MULTIPLE_DOCS":
      return {
        offset,
        message: "'---' starts a second YAML document: keep one document per file and remove the '---' line",
      };
    case "BAD_INDENT":
      return /Flow (sequence|map)/.test(original)
        ? unclosedBracket(original.includes("sequence") ? "]" : "}", offset, doc)
        : {
            offset,
            message: "the indentation is wrong here: line this field up with the ones beside it, using spaces",
          };
    case "UNEXPECTED_TOKEN":
      return {
        offset,
        message:
          'YAML did not expect more text here: put the whole value in double quotes (needed when it contains an apostrophe, as in "it\'s", or starts with a symbol)',
      };
    default:
      // The parser recurses once per level of brackets; thousands of levels exhaust the stack.
      if (/call stack/i.test(original)) {
        return {
          offset,
          message:
            "lists or groups are nested too deeply here for the hub to read (hundreds of '[' or '{' inside each other): check the brackets",
        };
      }
      return {
        offset,
        message: `this is not valid YAML (${original}): check the quotes, colons and indentation on this line and the one before`,
      };
  }
}

/** Names the repeated field and the line it first appears on. */
function duplicateKey(offset: number, doc: Document, lineOf: (offset: number) => number): string {
  let key = "";
  let firstLine: number | undefined;
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return undefined;
      const second = map.items.find((pair) => isScalar(pair.key) && pair.key.range?.[0] === offset);
      if (!second || !isScalar(second.key)) return undefined;
      const secondKey = second.key;
      key = String(secondKey.value);
      const first = map.items.find((pair) => isScalar(pair.key) && pair.key.value === secondKey.value);
      if (first && first !== second && isScalar(first.key)) firstLine = lineOf(first.key.range?.[0] ?? 0);
      return visit.BREAK;
    },
  });
  const where = firstLine === undefined ? "" : ` (first on line ${firstLine})`;
  return `the field${key ? ` '${key}'` : ""} appears twice in the same group${where}: keep one`;
}

/** yaml notices an unclosed bracket at the next line; point at the bracket that was opened. */
function unclosedBracket(bracket: "]" | "}", offset: number, doc: Document): YamlProblem {
  let opened: number | undefined;
  const latest = (_key: unknown, node: { flow?: boolean; range?: [number, number, number] | null }) => {
    const start = node.range?.[0];
    if (node.flow && start !== undefined && start < offset && (opened === undefined || start > opened)) opened = start;
  };
  visit(doc, bracket === "]" ? { Seq: latest } : { Map: latest });
  const opening = bracket === "]" ? "[" : "{";
  return {
    offset: opened ?? offset,
    message: `this '${opening}' is never closed: add '${bracket}' at the end of the line, or write the items over several lines`,
  };
}

/** yaml notices an unclosed quote where the file ends; point at the quote that was opened. */
function unclosedQuote(original: string, offset: number, doc: Document): YamlProblem | undefined {
  const quote = original.includes('"') ? '"' : original.includes("'") ? "'" : undefined;
  if (!quote) return undefined;
  const type = quote === '"' ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
  let opened: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const start = node.range?.[0];
      if (node.type === type && start !== undefined && start <= offset && (opened === undefined || start > opened))
        opened = start;
    },
  });
  return {
    offset: opened ?? offset,
    message: `this quoted value has no closing ${quote}: add one at the end of the value`,
  };
}
