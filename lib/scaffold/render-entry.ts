/**
 * An entry as YAML text, one list item at column 0 ("- id: …"), with each note as a `# EDIT:`
 * comment at the end of its value's line (above it, for a value that is a list or a map). Text
 * that starts with a digit, and references such as 'NEW-001', are double-quoted, as the data
 * files write dates, versions and references: the loader refuses an unquoted date
 * (lib/data/unquoted-dates.ts), and '1.0' must stay text rather than become a number.
 */
import { Document, isCollection, isMap, isScalar, isSeq, Scalar, visit, type Node } from "yaml";
import type { ScaffoldEntry } from "./entry.ts";

const QUOTED = /^(?:\d|[A-Z]+-\d+$)/;

export function renderEntry(entry: ScaffoldEntry): string {
  const doc = new Document([entry.value]);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && QUOTED.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  for (const { path, note } of entry.edits) {
    const comment = ` EDIT: ${note}`;
    const node = doc.getIn([0, ...path], true) as Node | undefined;
    if (node === undefined)
      throw new Error(`The note '${note}' is for ${path.join(".")}, which the entry does not have`);
    if (isScalar(node)) {
      node.comment = comment;
      continue;
    }
    // A list or a map: the comment goes on the line of its key, above its first item.
    const parent = doc.getIn([0, ...path.slice(0, -1)], true);
    const pair = isMap(parent)
      ? parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1))
      : undefined;
    if (!pair || !isScalar(pair.key) || !isCollection(node) || isSeq(parent)) {
      throw new Error(`The note '${note}' is for ${path.join(".")}, which has no key to write it beside`);
    }
    pair.key.commentBefore = comment;
  }
  // No folding: a long title stays on one line, as the editor typed it.
  return doc.toString({ lineWidth: 0 });
}
