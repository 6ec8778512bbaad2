/**
 * The CMS's configuration is made from the schemas (lib/cms): these tests walk the zod schemas
 * themselves, through zod's own definitions rather than the JSON Schema the generator reads, so a
 * field the generator drops or mis-reads shows up here.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cmsConfig } from "../../../lib/cms/cms-config.ts";
import { labelFromKey } from "../../../lib/cms/field-label.ts";
import { PROSE_FIELDS, withProseFields } from "../../../lib/cms/prose-fields.ts";
import { formFields } from "../../../lib/cms/schema-fields.ts";
import type { Field } from "../../../lib/cms/schema-fields.ts";
import { cmsSettingsSchema, type CmsSettings } from "../../../lib/schemas/cms.ts";
import { markdownFrontMatterSchema } from "../../../lib/schemas/front-matter.ts";
import { dataFileSchemas, type DataFileName } from "../../../lib/schemas/index.ts";
import { policyCategoryIds } from "../../../lib/schemas/policies.ts";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

function settingsOf(dataDir: string): CmsSettings {
  const organisation = parse(readFileSync(path.join(PROJECT_ROOT, dataDir, "organisation.yaml"), "utf8")) as {
    cms?: unknown;
  };
  return cmsSettingsSchema.parse(organisation.cms);
}

const ROOT_SETTINGS = settingsOf("_data");
const { config, skipped } = cmsConfig(ROOT_SETTINGS);
const [dataCollection, pagesCollection] = config.collections as [
  { files: { name: string; file: string; fields: Field[] }[] },
  { folder: string; extension: string; fields: Field[] },
];

function fileFields(fileName: DataFileName): Field[] {
  const entry = dataCollection.files.find((file) => file.file.endsWith(`/${fileName}`));
  if (!entry) throw new Error(`no form for ${fileName}`);
  return entry.fields;
}

/** The field at a dotted path such as 'policies.eia.done' ('policies' a list: its items' fields). */
function fieldAt(fields: Field[], keyPath: string): Field {
  const [name, ...rest] = keyPath.split(".");
  const field = fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`no field ${name} in ${fields.map((f) => f.name).join(", ")}`);
  if (rest.length === 0) return field;
  return fieldAt((field.fields as Field[] | undefined) ?? [], rest.join("."));
}

type ZodDef = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): ZodDef => (schema as { _zod: { def: ZodDef } })._zod.def;

/**
 * Every key path in a zod schema, found from zod's definitions. A union of a value and a group
 * (what a publication covers) is one key: the form holds the value (lib/cms/schema-fields.ts).
 */
function zodKeyPaths(schema: unknown, prefix: string): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
    case "readonly":
    case "prefault":
      return zodKeyPaths(def.innerType, prefix);
    case "pipe":
      return zodKeyPaths(def.out, prefix);
    case "array":
      return zodKeyPaths(def.element, prefix);
    case "object":
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, value]) => {
        const keyPath = prefix ? `${prefix}.${key}` : key;
        return [keyPath, ...zodKeyPaths(value, keyPath)];
      });
    case "union": {
      const options = def.options as unknown[];
      const groups = options.filter((option) => unwrap(option).type === "object");
      if (groups.length < options.length) return [];
      return [...new Set(groups.flatMap((option) => zodKeyPaths(option, prefix)))];
    }
    default:
      return [];
  }
}

function unwrap(schema: unknown): ZodDef {
  const def = defOf(schema);
  if (def.type === "pipe") return unwrap(def.out);
  if (["optional", "default", "nullable", "readonly"].includes(def.type)) return unwrap(def.innerType);
  return def;
}

/** Every key path the form fields give, with the type key of variable types. */
function fieldKeyPaths(fields: Field[], prefix: string): string[] {
  return fields.flatMap((field) => {
    const keyPath = prefix ? `${prefix}.${field.name}` : field.name;
    const nested = [
      ...((field.fields as Field[] | undefined) ?? []),
      ...(((field.field as Field | undefined)?.fields as Field[] | undefined) ?? []),
    ];
    const types = (field.types as { fields?: Field[] }[] | undefined) ?? [];
    return [
      keyPath,
      ...fieldKeyPaths(nested, keyPath),
      ...(field.typeKey ? [`${keyPath}.${String(field.typeKey)}`] : []),
      ...types.flatMap((type) => fieldKeyPaths(type.fields ?? [], keyPath)),
    ];
  });
}

const unique = (paths: string[]) => [...new Set(paths)].sort();

describe("the CMS configuration made from the schemas", () => {
  it("gives every key of every data file a form field, except the ones it says it leaves out", () => {
    const missing = (Object.keys(dataFileSchemas) as DataFileName[]).flatMap((fileName) => {
      const left = skipped.find((entry) => entry.file.endsWith(`/${fileName}`))?.fields ?? [];
      const leftOut = (keyPath: string) =>
        left.some((item) => {
          const plain = item.path.replaceAll("[]", "");
          return keyPath === plain || keyPath.startsWith(`${plain}.`);
        });
      const expected = unique(zodKeyPaths(dataFileSchemas[fileName], "").filter((keyPath) => !leftOut(keyPath)));
      const given = unique(fieldKeyPaths(fileFields(fileName), ""));
      return expected.filter((keyPath) => !given.includes(keyPath)).map((keyPath) => `${fileName}: ${keyPath}`);
    });
    expect(missing).toEqual([]);
  });

  it("names what it leaves out: a retired key, the text relay number's two shapes and Eleventy's template fields", () => {
    expect(skipped.map((entry) => [entry.file, entry.fields.map((item) => item.path)])).toEqual([
      ["_data/organisation.yaml", ["alternativeFormatsContact.textRelay"]],
      ["_data/legal-duties.yaml", ["duties[].sections"]],
      ["site", ["pagination", "eleventyComputed"]],
    ]);
  });

  it("gives every front matter field of a markdown page a form field, and the page's text", () => {
    const expected = unique(zodKeyPaths(markdownFrontMatterSchema, "")).filter(
      (keyPath) => !["pagination", "eleventyComputed"].includes(keyPath),
    );
    const given = unique(fieldKeyPaths(pagesCollection.fields, ""));
    expect(expected.filter((keyPath) => !given.includes(keyPath))).toEqual([]);
    expect(fieldAt(pagesCollection.fields, "body")).toMatchObject({ widget: "markdown" });
    expect(fieldAt(pagesCollection.fields, "title")).toMatchObject({ widget: "string", required: false });
    expect(fieldAt(pagesCollection.fields, "hideBreadcrumbs")).toMatchObject({ widget: "boolean" });
    expect(fieldAt(pagesCollection.fields, "width")).toMatchObject({
      widget: "select",
      options: ["two-thirds", "full"],
    });
  });

  it("shows a date as a date picker that writes YYYY-MM-DD, and a required one as required", () => {
    expect(fieldAt(fileFields("policies.yaml"), "policies.reviewDue")).toEqual({
      name: "reviewDue",
      label: "Review due",
      widget: "datetime",
      format: "YYYY-MM-DD",
      time_format: false,
      required: true,
    });
    expect(fieldAt(fileFields("outcomes.yaml"), "outcomes.gradings.gradedOn")).toMatchObject({
      widget: "datetime",
      required: false,
    });
  });

  it("shows an enumeration as a select of its values, and a list of them as a multiple select", () => {
    expect(fieldAt(fileFields("policies.yaml"), "policies.category")).toMatchObject({
      widget: "select",
      options: [...policyCategoryIds],
      required: true,
    });
    expect(fieldAt(fileFields("objectives.yaml"), "objectives.psedAims")).toMatchObject({
      widget: "select",
      multiple: true,
      min: 1,
    });
  });

  it("shows EDS grades as a select of the scores 0 to 3, under each outcome's list of gradings", () => {
    const gradings = fieldAt(fileFields("outcomes.yaml"), "outcomes.gradings");
    expect(gradings).toMatchObject({ widget: "list", required: false });
    expect(fieldAt(fileFields("outcomes.yaml"), "outcomes.gradings.score")).toMatchObject({
      widget: "select",
      options: [0, 1, 2, 3],
      required: true,
    });
    expect(fieldAt(fileFields("outcomes.yaml"), "domains.number")).toMatchObject({ options: [1, 2, 3] });
  });

  it("gives the prose fields a box of several lines, and other text one line", () => {
    expect(fieldAt(fileFields("policies.yaml"), "policies.summary").widget).toBe("text");
    expect(fieldAt(fileFields("outcomes.yaml"), "outcomes.statement").widget).toBe("text");
    expect(fieldAt(fileFields("engagement.yaml"), "engagements.summary").widget).toBe("text");
    expect(fieldAt(fileFields("policies.yaml"), "policies.title").widget).toBe("string");
  });

  it("names only one-line text fields that are there as prose, so a renamed field cannot leave a stale line", () => {
    const stale = Object.entries(PROSE_FIELDS).flatMap(([fileName, paths]) => {
      const { matched } = withProseFields(formFields(dataFileSchemas[fileName as DataFileName]).fields, paths ?? []);
      return (paths ?? []).filter((keyPath) => !matched.includes(keyPath)).map((keyPath) => `${fileName}: ${keyPath}`);
    });
    expect(stale).toEqual([]);
  });

  it("shows numbers with their bounds, a default making the field optional", () => {
    expect(fieldAt(fileFields("publication-schedule.yaml"), "dueSoonDays")).toMatchObject({
      widget: "number",
      value_type: "int",
      min: 1,
      max: 365,
      required: false,
    });
  });

  it("shows a schedule rule as the CMS's variable types, one for each rule type, keyed on 'type'", () => {
    const rule = fieldAt(fileFields("publication-schedule.yaml"), "entries.rule");
    const types = rule.types as { name: string; fields: Field[] }[];
    expect([rule.widget, rule.typeKey, types.map((type) => type.name)]).toEqual([
      "object",
      "type",
      ["fixed-yearly", "interval", "one-off"],
    ]);
    expect(types[2]!.fields.map((field) => [field.name, field.widget, field.required])).toEqual([
      ["date", "datetime", true],
    ]);
  });

  it("shows a policy's equality impact assessment as one group, since the CMS cannot switch on true or false", () => {
    const eia = fieldAt(fileFields("policies.yaml"), "policies.eia");
    expect((eia.fields as Field[]).map((field) => [field.name, field.widget, field.required])).toEqual([
      ["done", "boolean", true],
      ["on", "datetime", false],
      ["document", "object", false],
      ["reason", "text", false],
    ]);
    expect(eia.hint).toContain("Done true: On, Document; Done false: Reason");
    // Inside a branch nothing can be required, or a form answering 'not done' could never be saved.
    expect(fieldAt(fileFields("policies.yaml"), "policies.eia.document.title").required).toBe(false);
  });

  it("shows a list of plain values as a list of one field, and a list of groups with the group's fields", () => {
    expect(fieldAt(fileFields("objectives.yaml"), "objectives.characteristics")).toMatchObject({
      widget: "list",
      field: { name: "item", widget: "string" },
      min: 1,
    });
    expect(
      (fieldAt(fileFields("policies.yaml"), "policies.documents").fields as Field[]).map((field) => field.name),
    ).toEqual(["title", "url", "format", "size", "alternative"]);
  });

  it("takes labels from the keys, and hints and titles from the schema's meta", () => {
    expect([
      labelFromKey("reviewDue"),
      labelFromKey("lastPublished"),
      labelFromKey("eds2"),
      labelFromKey("id"),
    ]).toEqual(["Review due", "Last published", "Eds 2", "Id"]);
    const cms = fieldAt(fileFields("organisation.yaml"), "cms");
    expect(cms.label).toBe("Editing forms (CMS)");
    expect(fieldAt(fileFields("organisation.yaml"), "cms.repo")).toMatchObject({
      label: "Repository",
      hint: "The repository the hub is built from, as 'owner/name'.",
    });
    expect(z.globalRegistry.get(cmsSettingsSchema.shape.repo)?.description).toBe(
      fieldAt(fileFields("organisation.yaml"), "cms.repo").hint,
    );
  });

  it("saves to the repository and branch organisation.yaml names, writing every string quoted", () => {
    expect(config.backend).toEqual({ name: "github", repo: "nhs-wealdmoor/equality-hub", branch: "main" });
    expect(config.output).toEqual({
      omit_empty_optional_fields: true,
      yaml: { indent_size: 2, indent_sequences: true, quote: "single" },
    });
  });

  it("points every collection of every example hub with forms at a file or folder that is there", () => {
    const hubs = ["_data", "examples/closed-ccg/_data"];
    const missing = hubs.flatMap((dataDir) => {
      const settings = settingsOf(dataDir);
      const [data, pages] = cmsConfig(settings).config.collections as [
        { files: { file: string }[] },
        { folder: string },
      ];
      const absent = data.files.map((file) => file.file).filter((file) => !existsSync(path.join(PROJECT_ROOT, file)));
      const pagesDir = path.join(PROJECT_ROOT, pages.folder);
      const markdown = existsSync(pagesDir)
        ? readdirSync(pagesDir, { recursive: true }).filter((name) => String(name).endsWith(".md"))
        : [];
      return [...absent, ...(markdown.length === 0 ? [`${pages.folder} (no markdown pages)`] : [])];
    });
    expect(missing).toEqual([]);
    expect(settingsOf("examples/closed-ccg/_data").dataFolder).toBe("examples/closed-ccg/_data");
  });

  it("is a configuration the CMS accepts, by the JSON Schema @sveltia/cms ships", () => {
    const schema = JSON.parse(
      readFileSync(path.join(PROJECT_ROOT, "node_modules/@sveltia/cms/schema/sveltia-cms.json"), "utf8"),
    ) as object;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const valid = validate(JSON.parse(JSON.stringify(config)));
    expect(valid ? [] : validate.errors?.slice(0, 5)).toEqual([]);
  });
});
