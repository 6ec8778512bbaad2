/**
 * Dates must be quoted. The yaml package's core schema happens to keep `2026-03-31` as text, but
 * other YAML readers (and YAML 1.1) turn it into a timestamp, so the data would mean different
 * things to different tools. Found from the scalar's style in the source, not from its value.
 */
import { Scalar, visit } from "yaml";
import type { DataError } from "./errors.ts";
import { formatPath, pathFromAncestors } from "./locate.ts";
import { positionOf, type YamlFile } from "./yaml-file.ts";

const LOOKS_LIKE_A_DATE = /^\d{4}-\d{1,2}-\d{1,2}$/;

export function findUnquotedDates(yaml: YamlFile): DataError[] {
  const errors: DataError[] = [];
  visit(yaml.doc, {
    Scalar(_key, node, ancestors) {
      if (node.type !== Scalar.PLAIN || typeof node.source !== "string" || !LOOKS_LIKE_A_DATE.test(node.source)) return;
      const path = pathFromAncestors(ancestors, node);
      if (path === undefined) return;
      errors.push({
        file: yaml.file,
        ...positionOf(yaml, node.range?.[0] ?? 0),
        path: formatPath(path),
        message: `put the date in quotes: '${node.source}'`,
      });
    },
  });
  return errors;
}
