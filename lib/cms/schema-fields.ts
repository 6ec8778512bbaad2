/**
 * The CMS's form fields for a zod schema, so the forms at /admin/ are made from the same schemas
 * the build validates with and cannot drift from them (docs/cms.md, "How the forms are made").
 *
 * The schema goes through zod's public `z.toJSONSchema` (as lib/open-data/file-schema.ts does)
 * rather than zod's internals, and the JSON Schema is walked here. "output" mode, because a
 * preprocessed field (an EDS2 code) only has a shape on its output side; a field with a default is
 * then listed as required, so a `default` makes it optional in the form, as it is in the file.
 * Labels come from the key (field-label.ts) unless the schema's `.meta({ title })` gives one;
 * hints are the schema's `.meta({ description })`, the one place they are written.
 */
import { z } from "zod";
import { DATE_PATTERN } from "../schemas/common.ts";
import { labelFromKey } from "./field-label.ts";

/**
 * A field of the CMS's configuration. @sveltia/cms ships TypeScript types, but its main.d.ts
 * re-exports them without a file extension, which this project's NodeNext resolution does not
 * follow; tests/unit/cms/cms-config.test.ts checks the whole configuration against the JSON Schema
 * the package ships (schema/sveltia-cms.json) instead.
 */
export type Field = { name: string; label?: string; widget: string; required?: boolean; hint?: string } & Record<
  string,
  unknown
>;

/** The JSON Schema keywords zod writes that the forms read. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: (string | number | boolean)[];
  const?: string | number | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  title?: string;
  description?: string;
}

/** A key the form leaves out, and why; docs/cms.md lists them, and the tests check the list. */
export interface SkippedField {
  path: string;
  reason: string;
}

export interface FormFields {
  fields: Field[];
  skipped: SkippedField[];
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }) as JsonSchema;
}

/** The fields of an object schema's keys (a data file, or a page's front matter). */
export function formFields(schema: z.ZodType): FormFields {
  const skipped: SkippedField[] = [];
  return { fields: objectFields(jsonSchemaOf(schema), "", skipped, false), skipped };
}

const DATE_SOURCE = DATE_PATTERN.source;

/** `relaxed`: inside one branch of a union the form cannot switch on, where nothing can be required. */
function objectFields(schema: JsonSchema, path: string, skipped: SkippedField[], relaxed: boolean): Field[] {
  const required = new Set(schema.required ?? []);
  const fields: Field[] = [];
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const keyPath = path ? `${path}.${key}` : key;
    const field = fieldFor(key, property, keyPath, skipped, relaxed);
    if (field === undefined) continue;
    const isRequired = !relaxed && required.has(key) && property.default === undefined;
    fields.push({ ...field, required: isRequired } as Field);
  }
  return fields;
}

function common(key: string, schema: JsonSchema): { name: string; label: string; hint?: string } {
  return {
    name: key,
    label: schema.title ?? labelFromKey(key),
    ...(schema.description ? { hint: schema.description } : {}),
  };
}

/** The one field for a key, or undefined (and a line in `skipped`) when no widget can hold it. */
function fieldFor(
  key: string,
  schema: JsonSchema,
  path: string,
  skipped: SkippedField[],
  relaxed: boolean,
): Field | undefined {
  const base = common(key, schema);
  const widget = widgetFor(schema, path, skipped, relaxed);
  if (widget === undefined) return undefined;
  // A union's branch has no title or hint of its own: the key's own meta, read above, stands.
  return { ...base, ...widget, ...(widget.hint && !base.hint ? { hint: widget.hint } : {}) } as Field;
}

type Widget = Record<string, unknown> & { widget: string; hint?: string };

function widgetFor(schema: JsonSchema, path: string, skipped: SkippedField[], relaxed: boolean): Widget | undefined {
  const union = schema.oneOf ?? schema.anyOf;
  if (union) return unionWidget(union, path, skipped, relaxed);
  if (schema.enum) return { widget: "select", options: schema.enum };
  if (schema.const !== undefined) return { widget: "select", options: [schema.const] };
  switch (schema.type) {
    case "string":
      return schema.pattern === DATE_SOURCE
        ? // A date picker that writes only the day, as the quoted 'YYYY-MM-DD' the loader wants.
          { widget: "datetime", format: "YYYY-MM-DD", time_format: false }
        : { widget: "string" };
    case "boolean":
      return { widget: "boolean" };
    case "integer":
    case "number":
      return {
        widget: "number",
        value_type: schema.type === "integer" ? "int" : "float",
        ...(schema.minimum !== undefined ? { min: schema.minimum } : {}),
        ...(schema.maximum !== undefined ? { max: schema.maximum } : {}),
      };
    case "array":
      return listWidget(schema, path, skipped, relaxed);
    case "object":
      if (schema.properties === undefined) {
        skipped.push({ path, reason: "a map of any keys, which no form field holds" });
        return undefined;
      }
      return { widget: "object", fields: objectFields(schema, path, skipped, relaxed) };
    default:
      skipped.push({ path, reason: "no value a form can give (a field that must be left out)" });
      return undefined;
  }
}

function listWidget(schema: JsonSchema, path: string, skipped: SkippedField[], relaxed: boolean): Widget | undefined {
  const items = schema.items ?? {};
  const bounds = {
    ...(schema.minItems !== undefined && !relaxed ? { min: schema.minItems } : {}),
    ...(schema.maxItems !== undefined ? { max: schema.maxItems } : {}),
  };
  if (items.enum) return { widget: "select", multiple: true, options: items.enum, ...bounds };
  const item = widgetFor(items, `${path}[]`, skipped, relaxed);
  if (item === undefined) return undefined;
  if (item.widget === "object" && "fields" in item) return { widget: "list", fields: item.fields, ...bounds };
  if (item.widget === "object" && "types" in item)
    return { widget: "list", types: item.types, typeKey: item.typeKey, ...bounds };
  // A list of plain values (names, ids, dates): one field, so each item is the value itself.
  return { widget: "list", field: { name: "item", label: "Item", ...item }, ...bounds };
}

/**
 * A union, in the ways the CMS can show one:
 * - objects told apart by a text field (a schedule rule's `type`): the CMS's variable types,
 *   `types` and `typeKey`, each type the branch's own fields;
 * - objects told apart by true or false (a policy's `eia` on `done`): the CMS stores a type's name
 *   as text, so `done: true` cannot be a type; one group with every branch's fields, none required,
 *   and a hint saying which go with which (the build checks the rest);
 * - constants (EDS scores 0 to 3, domain numbers): a select of them;
 * - a value or a group (what a publication `covers`, a text relay number): the value's field; an
 *   entry holding the group keeps it on saving, but the form cannot edit it.
 */
function unionWidget(
  branches: JsonSchema[],
  path: string,
  skipped: SkippedField[],
  relaxed: boolean,
): Widget | undefined {
  if (branches.every((branch) => branch.const !== undefined)) {
    return { widget: "select", options: branches.map((branch) => branch.const) };
  }
  const objects = branches.filter((branch) => branch.type === "object" && branch.properties);
  if (objects.length === branches.length) {
    const key = discriminator(objects);
    const values = key === undefined ? [] : objects.map((branch) => branch.properties![key]!.const);
    if (key !== undefined && values.every((value) => typeof value === "string")) {
      return {
        widget: "object",
        typeKey: key,
        types: objects.map((branch, index) => {
          const { [key]: _omitted, ...rest } = branch.properties!;
          const name = values[index] as string;
          return {
            name,
            label: labelFromKey(name),
            widget: "object",
            fields: objectFields({ ...branch, properties: rest }, path, skipped, relaxed),
          };
        }),
      };
    }
    return mergedObject(objects, key, path, skipped);
  }
  const value = branches.find((branch) => branch.type !== "object" && branch.type !== undefined);
  if (value !== undefined) {
    const widget = widgetFor(value, path, skipped, relaxed);
    if (widget === undefined) return undefined;
    return {
      ...widget,
      hint: "The file can also hold this as a group of fields, which this form keeps but cannot edit: edit that in the file itself.",
    };
  }
  skipped.push({ path, reason: "a choice of shapes the form cannot show" });
  return undefined;
}

/** A key every branch fixes to a constant, such as `type` or `done`. */
function discriminator(branches: JsonSchema[]): string | undefined {
  const [first, ...rest] = branches;
  return Object.keys(first?.properties ?? {}).find(
    (key) =>
      first!.properties![key]!.const !== undefined &&
      rest.every((branch) => branch.properties?.[key]?.const !== undefined),
  );
}

function mergedObject(objects: JsonSchema[], key: string | undefined, path: string, skipped: SkippedField[]): Widget {
  const properties: Record<string, JsonSchema> = {};
  const lines: string[] = [];
  for (const branch of objects) {
    const own = Object.keys(branch.properties!).filter((name) => name !== key);
    if (key !== undefined)
      lines.push(`${labelFromKey(key)} ${String(branch.properties![key]!.const)}: ${own.map(labelFromKey).join(", ")}`);
    for (const [name, property] of Object.entries(branch.properties!)) properties[name] ??= property;
  }
  const fields: Field[] = [];
  for (const [name, property] of Object.entries(properties)) {
    if (name === key) {
      fields.push({ ...common(name, property), widget: "boolean", required: true } as Field);
      continue;
    }
    const field = fieldFor(name, property, path ? `${path}.${name}` : name, skipped, true);
    if (field) fields.push({ ...field, required: false } as Field);
  }
  return {
    widget: "object",
    fields,
    hint: lines.length ? `Fill in only what goes with your answer. ${lines.join("; ")}.` : undefined,
  };
}
