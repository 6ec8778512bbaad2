/** From a field path in the data back to a line and column in its YAML file. */
import { isMap, isNode, isPair, isScalar, type Node } from "yaml";
import type { DataError } from "./errors.ts";
import type { YamlFile } from "./read-yaml.ts";

export type FieldPath = ReadonlyArray<string | number>;

/** `objectives[0].characteristics[1]` */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${part}` : part), "");
}

/**
 * The node for `path`, or for the nearest ancestor that exists (for a missing field, the mapping
 * it belongs in). With `key`, the key of the field rather than its value (for unknown fields).
 */
export function locate(yaml: YamlFile, path: FieldPath, options: { key?: string } = {}): { line: number; column: number } {
  let node: Node | null = yaml.doc.contents as Node | null;
  for (const part of path) {
    const child: unknown = isNode(node) && "get" in node ? (node as unknown as { get(key: unknown, keepScalar: boolean): unknown }).get(part, true) : undefined;
    if (!isNode(child)) break;
    node = child;
  }
  let target: Node | null = node;
  if (options.key !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === options.key);
    if (pair && isNode(pair.key)) target = pair.key;
  }
  const offset = target?.range?.[0] ?? 0;
  const position = yaml.lineCounter.linePos(offset);
  return { line: position.line, column: position.col };
}

export function errorAt(yaml: YamlFile, path: FieldPath, message: string, options: { key?: string } = {}): DataError {
  const position = locate(yaml, path, options);
  const fieldPath = options.key !== undefined ? [...path, options.key] : path;
  return { file: yaml.file, ...position, path: formatPath(fieldPath), message };
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
