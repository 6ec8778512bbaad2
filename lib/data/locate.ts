/** Between field paths in the data and lines and columns in its YAML file, both ways. */
import { isMap, isNode, isPair, isScalar, isSeq, type Node } from "yaml";
import type { DataError } from "./errors.ts";
import { positionOf, type YamlFile } from "./yaml-file.ts";

export type FieldPath = ReadonlyArray<string | number>;

/** `objectives[0].characteristics[1]` */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    "",
  );
}

/** The node at `path`, or the nearest ancestor that exists (for a missing field, the mapping it belongs in). */
export function nodeAt(yaml: YamlFile, path: FieldPath): { node: Node | null; exact: boolean } {
  let node: Node | null = yaml.doc.contents as Node | null;
  for (const part of path) {
    const child: unknown = isMap(node) || isSeq(node) ? node.get(part, true) : undefined;
    if (!isNode(child)) return { node, exact: false };
    node = child;
  }
  return { node, exact: true };
}

/** 1-based line and column of `path`; with `key`, of that field's key rather than its value. */
export function locate(
  yaml: YamlFile,
  path: FieldPath,
  options: { key?: string } = {},
): { line: number; column: number } {
  const { node } = nodeAt(yaml, path);
  let target: Node | null = node;
  if (options.key !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === options.key);
    if (pair && isNode(pair.key)) target = pair.key;
  }
  return positionOf(yaml, target?.range?.[0] ?? 0);
}

export function errorAt(yaml: YamlFile, path: FieldPath, message: string, options: { key?: string } = {}): DataError {
  const position = locate(yaml, path, options);
  const fieldPath = options.key !== undefined ? [...path, options.key] : path;
  return { file: yaml.file, ...position, path: formatPath(fieldPath), message };
}

/**
 * The field path of a node from the ancestors `yaml`'s `visit` passes (document, maps, pairs,
 * sequences), or undefined when the node is a key rather than a value.
 */
export function pathFromAncestors(ancestors: readonly unknown[], node: unknown): FieldPath | undefined {
  const chain = [...ancestors, node];
  const path: Array<string | number> = [];
  for (let index = 0; index < chain.length - 1; index += 1) {
    const parent = chain[index];
    const child = chain[index + 1];
    if (isSeq(parent)) path.push(parent.items.indexOf(child as never));
    else if (isPair(parent)) {
      if (parent.value !== child) return undefined;
      path.push(isScalar(parent.key) ? String(parent.key.value) : String(parent.key));
    }
  }
  return path;
}

/** The plain value at `path`, or undefined where there is none. */
export function valueAt(data: unknown, path: FieldPath): unknown {
  let value: unknown = data;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}
