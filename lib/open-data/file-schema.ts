/**
 * The shape of a published JSON file, and the JSON Schema published beside it. Both come from the
 * dataset's zod record shape, which the build also parses every record with, so the file, its
 * schema and the build's checks cannot drift apart (tests/unit/open-data).
 */
import { z } from "zod";
import { dateSchema, httpsUrlSchema, textSchema } from "../schemas/common.ts";
import type { OpenDataset } from "./dataset.ts";

/** The wrapper every JSON file has around its records: where it is from, its licence and its date. */
export function fileSchemaOf(dataset: OpenDataset) {
  return z
    .strictObject({
      $schema: httpsUrlSchema.describe("The address of this file's JSON Schema"),
      title: textSchema.describe("What the file holds"),
      publisher: textSchema.describe("The organisation that publishes it"),
      licence: z
        .strictObject({
          name: textSchema.describe("The licence's name"),
          url: httpsUrlSchema.describe("Where to read the licence"),
        })
        .describe("The licence the data is published under"),
      lastUpdated: dateSchema.describe(
        "The day the data is as at (YYYY-MM-DD): the day of the build, or the organisation's last day once it has closed",
      ),
      closedOn: dateSchema
        .nullable()
        .describe("The day the organisation closed (YYYY-MM-DD), when it has: the data is then kept as a record"),
      records: z.array(dataset.record).describe(dataset.description),
    })
    .describe(dataset.title);
}

export type OpenDataFile = z.infer<ReturnType<typeof fileSchemaOf>>;

/**
 * The JSON Schema (draft 2020-12) of a dataset's JSON file, named by its own address. `io: "output"`
 * describes the records as written, after the zod schema has applied its defaults.
 */
export function jsonSchemaOf(dataset: OpenDataset, schemaUrl: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(fileSchemaOf(dataset), { target: "draft-2020-12", io: "output" });
  return { $schema, $id: schemaUrl, ...rest };
}

export interface FieldDescription {
  name: string;
  description: string;
}

/** The record's fields in order, each with its description in plain words, for the /data/ page. */
export function fieldsOf(dataset: OpenDataset): FieldDescription[] {
  return Object.entries(dataset.record.shape).map(([name, field]) => {
    if (!field.description) throw new Error(`open data '${dataset.id}': describe the field '${name}' (.describe())`);
    return { name, description: field.description };
  });
}
