/**
 * Validating one parsed file against its schema, with every zod issue turned into a DataError that
 * points at the YAML and says how to fix it.
 */
import type { z } from "zod";
import { suggestion } from "./did-you-mean.ts";
import type { DataError } from "./errors.ts";
import { errorAt, valueAt } from "./locate.ts";
import type { YamlFile } from "./read-yaml.ts";
import { allowedKeysAt } from "./schema-keys.ts";

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: DataError[] };

export function validateFile<S extends z.ZodType>(yaml: YamlFile, schema: S): Validated<z.output<S>> {
  if (yaml.data === null || yaml.data === undefined) {
    return { ok: false, errors: [{ file: yaml.file, line: 1, column: 1, path: "", message: "the file is empty: add its fields (docs/content-model.md lists them)" }] };
  }
  const result = schema.safeParse(yaml.data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: result.error.issues.flatMap((issue) => toDataErrors(yaml, schema, issue)) };
}

function toDataErrors(yaml: YamlFile, schema: z.ZodType, issue: z.core.$ZodIssue): DataError[] {
  const path = issue.path as Array<string | number>;
  const field = path.at(-1);
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeysAt(schema, yaml.data, path).filter((key) => !issue.keys.includes(key));
      return issue.keys.map((key) => errorAt(yaml, path, `unknown field '${key}'${suggestion(key, allowed)}`, { key }));
    }
    case "invalid_type": {
      const value = valueAt(yaml.data, path);
      if (value === undefined) {
        const name = typeof field === "string" ? `'${field}'` : "this item";
        return [errorAt(yaml, path, `add ${name}: it is required (${issue.message})`)];
      }
      const quoteHint = issue.expected === "string" && (typeof value === "number" || typeof value === "boolean")
        ? `; put it in quotes: '${String(value)}'`
        : "";
      return [errorAt(yaml, path, `${issue.message} (found ${describe(value)}${quoteHint})`)];
    }
    case "invalid_value": {
      const value = valueAt(yaml.data, path);
      const options = issue.values.map(String);
      const hint = typeof value === "string" ? suggestion(value, options) : `: use one of ${options.map((option) => `'${option}'`).join(", ")}`;
      return [errorAt(yaml, path, `${describe(value)} is not allowed here${hint}`)];
    }
    case "invalid_union": {
      const value = valueAt(yaml.data, path);
      return [errorAt(yaml, path, `${issue.message} (found ${describe(value)})`)];
    }
    default: {
      const value = valueAt(yaml.data, path);
      const found = value === undefined || typeof value === "object" ? "" : ` (found ${describe(value)})`;
      return [errorAt(yaml, path, `${issue.message}${found}`)];
    }
  }
}

function describe(value: unknown): string {
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `'${value}'`;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `${value} (YAML reads it as yes/no)`;
    case "object":
      return "a group of fields";
    default:
      return String(value);
  }
}
