/**
 * zod's own English messages ("Too small: expected number to be >=1") are for programmers. The
 * schemas give their own message wherever a comms officer is likely to go wrong; this words the
 * rest plainly, from the issue's details.
 */
import type { z } from "zod";

/** zod's default messages all start like this (node_modules/zod/v4/locales/en.js). */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized key)/;

export function isZodDefaultMessage(message: string): boolean {
  return ZOD_DEFAULT.test(message);
}

/** The schema's own message if it has one, otherwise a plain-English one. */
export function plainMessage(issue: z.core.$ZodIssue): string {
  if (!isZodDefaultMessage(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return expectedType(issue.expected);
    case "too_small":
      return size(issue.origin, issue.exact ? "exactly" : issue.inclusive ? "at least" : "more than", issue.minimum);
    case "too_big":
      return size(issue.origin, issue.exact ? "exactly" : issue.inclusive ? "at most" : "less than", issue.maximum);
    case "invalid_value":
      return `use ${issue.values.length === 1 ? "" : "one of "}${issue.values.map((value) => `'${String(value)}'`).join(", ")}`;
    case "not_multiple_of":
      return `use a multiple of ${String(issue.divisor)}`;
    case "invalid_format":
      return "this is not written in the expected form: see docs/content-model.md";
    case "invalid_union":
      return "this does not match any of the forms allowed here: see docs/content-model.md";
    default:
      return "this value is not allowed here: see docs/content-model.md";
  }
}

/** "write a whole number", "write a list", ... for each type a YAML value can have. */
export function expectedType(expected: string): string {
  switch (expected) {
    case "string":
      return "write this as text";
    case "number":
      return "write a number";
    case "int":
      return "write a whole number";
    case "boolean":
      return "write true or false";
    case "array":
      return "write a list, one item a line, each starting with '- '";
    case "object":
      return "write a group of fields, each on its own line and indented under this one";
    default:
      return `write a value of type ${expected}`;
  }
}

function size(origin: string, comparison: string, limit: number | bigint): string {
  const count = Number(limit);
  switch (origin) {
    case "array":
    case "set":
      return `list ${comparison} ${count} ${count === 1 ? "item" : "items"}`;
    case "string":
      return `write ${comparison} ${count} ${count === 1 ? "character" : "characters"}`;
    default:
      return `use a number ${comparison} ${count}`;
  }
}
