/**
 * Validating one parsed file against its schema, with every zod issue turned into a DataError that
 * points at the YAML node and says, in plain English, how to fix it.
 */
import { isScalar } from "yaml";
import type { z } from "zod";
import { closestMatch, didYouMean, quotedList } from "./did-you-mean.ts";
import type { DataError } from "./errors.ts";
import { unknownFieldHint, valueHint } from "./field-hints.ts";
import { errorAt, formatPath, nodeAt, valueAt, type FieldPath } from "./locate.ts";
import type { YamlFile } from "./yaml-file.ts";
import { allowedKeysAt } from "./schema-keys.ts";
import { plainMessage } from "./zod-messages.ts";

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: DataError[] };

export function validateFile<S extends z.ZodType>(yaml: YamlFile, schema: S): Validated<z.output<S>> {
  if (yaml.data === null || yaml.data === undefined) {
    return {
      ok: false,
      errors: [
        {
          file: yaml.file,
          line: 1,
          column: 1,
          path: "",
          message: "the file is empty: add its fields (docs/content-model.md lists them)",
        },
      ],
    };
  }
  const result = schema.safeParse(yaml.data);
  if (result.success) return { ok: true, value: result.data };
  const misspelt = misspeltFields(yaml, schema, result.error.issues);
  return { ok: false, errors: result.error.issues.flatMap((issue) => toDataErrors(yaml, schema, issue, misspelt)) };
}

/**
 * Paths of required fields that are only "missing" because they were misspelt ('titel' for
 * 'title'): the unknown-field error already says what to do, so one error is enough.
 */
function misspeltFields(yaml: YamlFile, schema: z.ZodType, issues: z.core.$ZodIssue[]): Set<string> {
  const paths = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const path = issue.path as FieldPath;
    const allowed = allowedKeysAt(schema, yaml.data, path);
    for (const key of issue.keys) {
      const meant = closestMatch(key, allowed);
      if (meant !== undefined) paths.add(formatPath([...path, meant]));
    }
  }
  return paths;
}

function toDataErrors(yaml: YamlFile, schema: z.ZodType, issue: z.core.$ZodIssue, misspelt: Set<string>): DataError[] {
  const path = issue.path as Array<string | number>;
  const branch = meantBranch(issue);
  if (branch) {
    const within = branch.map((inner) => ({ ...inner, path: [...path, ...inner.path] }));
    return within.flatMap((inner) => toDataErrors(yaml, schema, inner, misspelt));
  }
  const value = valueAt(yaml.data, path);
  if (issue.code === "unrecognized_keys") {
    const allowed = allowedKeysAt(schema, yaml.data, path).filter((key) => !issue.keys.includes(key));
    return issue.keys.map((key) =>
      errorAt(yaml, path, unknownField(key, allowed, unknownFieldHint(yaml.file, path, key)), { key }),
    );
  }
  const choices = allowedValues(issue);
  if (value === undefined && !nodeAt(yaml, path).exact) {
    if (misspelt.has(formatPath(path))) return [];
    const field = path.at(-1);
    const name = typeof field === "string" ? `'${field}'` : "this item";
    const hint = choices ? `use one of ${quotedList(choices)}` : plainMessage(issue);
    return [errorAt(yaml, path, `add ${name} (${hint})`)];
  }
  // YAML 1.1 read yes/no/on/off as true/false; the YAML 1.2 the hub uses reads them as text.
  const expectsBoolean = choices?.includes("true") || (issue.code === "invalid_type" && issue.expected === "boolean");
  if (expectsBoolean && typeof value === "string" && /^(?:y|yes|n|no|on|off)$/i.test(value)) {
    const meant = /^(?:y|yes|on)$/i.test(value) ? "true" : "false";
    return [errorAt(yaml, path, `write true or false: '${value}' is read as text here, so write ${meant}`)];
  }
  // Where what was meant goes, when the schema has no place for it (field-hints.ts).
  const instead = valueHint(yaml.file, path, value);
  if (choices && typeof value === "string") {
    const guess = instead ?? didYouMean(value, choices);
    const allowed = guess ? `${guess} (allowed: ${quotedList(choices)})` : `use one of ${quotedList(choices)}`;
    return [errorAt(yaml, path, `'${value}' is not allowed here: ${allowed}`)];
  }
  // A refinement's message names the value itself, such as '2026-02-30' or a period's years.
  if (issue.code === "custom") return [errorAt(yaml, path, plainMessage(issue))];
  const then = instead ? `: ${instead}` : "";
  return [
    errorAt(yaml, path, `${plainMessage(issue)} (found ${found(value)}${typeHint(yaml, path, issue, value)})${then}`),
  ];
}

/**
 * Where a field takes one of several forms (a format's id, or a group of fields), the form the
 * value was written in: the one branch that did not refuse the value's type outright. Its own
 * messages say what is wrong ("did you mean 'braille'?"), where the union's could only say that
 * nothing matched.
 */
function meantBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] | undefined {
  if (issue.code !== "invalid_union") return undefined;
  const candidates = issue.errors.filter(
    (branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === "invalid_type"),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** `hint`: where what was meant goes, when the schema has no such field (field-hints.ts). */
function unknownField(key: string, allowed: string[], hint: string | undefined): string {
  if (hint) return `unknown field '${key}': ${hint}`;
  const guess = didYouMean(key, allowed);
  if (guess) return `unknown field '${key}': ${guess}`;
  return allowed.length > 0
    ? `unknown field '${key}': the fields allowed here are ${quotedList(allowed)}`
    : `unknown field '${key}': remove it`;
}

/** The values an enumeration or a rule's `type` allows, when the issue is about one. */
function allowedValues(issue: z.core.$ZodIssue): string[] | undefined {
  if (issue.code === "invalid_value" && issue.values.every((value) => typeof value === "string"))
    return issue.values.map(String);
  if (issue.code === "invalid_union" && "options" in issue && Array.isArray(issue.options))
    return issue.options.map(String);
  return undefined;
}

/** What YAML made of the value, in the words of the data file rather than of JavaScript. */
function found(value: unknown): string {
  if (value === null || value === undefined) return "nothing after the colon";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `text '${value}'`;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `${value}, which YAML reads as yes or no`;
    default:
      return "a group of fields";
  }
}

/** YAML guesses types from unquoted values: say when quotes would make, or unmake, text. */
function typeHint(yaml: YamlFile, path: FieldPath, issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code !== "invalid_type") return "";
  if (issue.expected === "string" && (typeof value === "number" || typeof value === "boolean")) {
    const { node } = nodeAt(yaml, path);
    const source = isScalar(node) && typeof node.source === "string" ? node.source : String(value);
    return `: put it in quotes, '${source}', so YAML keeps it as text`;
  }
  if (
    (issue.expected === "number" || issue.expected === "int") &&
    typeof value === "string" &&
    /^-?\d+(\.\d+)?$/.test(value.trim())
  ) {
    return ": remove the quotes, so YAML reads it as a number";
  }
  return "";
}
