/**
 * Each example hub's open data, as a reuser reads it: every JSON file valid against the JSON Schema
 * published beside it (checked by ajv, not by the zod schema it came from), every CSV the same
 * records as its JSON, and the schema following the zod schema it is generated from.
 */
import { parse } from "csv-parse/sync";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LIST_SEPARATOR } from "../../../lib/open-data/csv.ts";
import { OPEN_DATASETS } from "../../../lib/open-data/datasets.ts";
import { policiesDataset, policyRecord } from "../../../lib/open-data/policies.ts";
import { defineDataset } from "../../../lib/open-data/dataset.ts";
import { policyCategoryIds } from "../../../lib/schemas/policies.ts";
import { EXAMPLE_DATA, exampleOpenData } from "./example-open-data.ts";

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
};

/** The JSON types a field's schema allows, looking through zod's anyOf for nullable fields. */
function typesOf(schema: JsonSchema): string[] {
  if (schema.anyOf) return schema.anyOf.flatMap(typesOf);
  return Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ["string"];
}

/** A CSV cell read back as the JSON value its field's schema says it is (docs/open-data.md, "CSV"). */
function decode(cell: string, schema: JsonSchema): unknown {
  const types = typesOf(schema);
  if (cell === "" && types.includes("null")) return null;
  if (types.includes("array")) return cell === "" ? [] : cell.split(LIST_SEPARATOR);
  if (types.includes("boolean")) return cell === "true" ? true : cell === "false" ? false : cell;
  if (types.includes("number") || types.includes("integer")) return Number(cell);
  return cell;
}

interface PublishedFile {
  $schema: string;
  records: Array<Record<string, unknown>>;
  [key: string]: unknown;
}

describe.each(Object.keys(EXAMPLE_DATA) as Array<keyof typeof EXAMPLE_DATA>)(
  "the open data of the example hub %s",
  (name) => {
    const openData = exampleOpenData(name);

    it("publishes every dataset as JSON, CSV and JSON Schema, but gender pay gap figures a small employer never had", () => {
      const published = OPEN_DATASETS.filter(({ id }) => name !== "closed-ccg" || id !== "gender-pay-gap");
      expect(openData.datasets.map((dataset) => dataset.files.map((file) => file.url))).toEqual(
        published.map(({ id }) => [`/data/${id}.json`, `/data/${id}.csv`, `/data/${id}.schema.json`]),
      );
      expect(Object.keys(openData.contents)).toEqual(
        openData.datasets.flatMap((dataset) => dataset.files.map((file) => file.url)),
      );
    });

    it("says why a small employer publishes no gender pay gap figures", () => {
      expect(openData.omitted).toEqual(
        name === "closed-ccg"
          ? [
              {
                id: "gender-pay-gap",
                title: "Gender pay gap figures",
                reason: "We employed fewer than 250 people, so we did not have to publish a gender pay gap report.",
              },
            ]
          : [],
      );
    });

    describe.each(openData.datasets.map((dataset) => dataset.id))("its %s", (id) => {
      const json = JSON.parse(openData.contents[`/data/${id}.json`] ?? "") as PublishedFile;
      const schema = JSON.parse(openData.contents[`/data/${id}.schema.json`] ?? "") as JsonSchema & { $id: string };
      const csv = openData.contents[`/data/${id}.csv`] ?? "";

      it("JSON is valid against the JSON Schema it names", () => {
        expect(json.$schema).toBe(schema.$id);
        const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
        expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
      });

      it("CSV has a header row of the JSON's field names and parses back to the same records", () => {
        const rows = parse(csv, { bom: false, relax_column_count: false }) as string[][];
        const fields = schema.properties?.records?.items?.properties ?? {};
        const [header = [], ...body] = rows;
        expect(header).toEqual(Object.keys(fields));
        const records = body.map((row) =>
          Object.fromEntries(header.map((field, index) => [field, decode(row[index] ?? "", fields[field] ?? {})])),
        );
        expect(records).toEqual(json.records);
      });

      it("CSV is UTF-8 without a byte order mark, with lines ending CRLF", () => {
        expect(csv.charCodeAt(0)).not.toBe(0xfeff);
        expect(csv.split("\r\n").at(-1)).toBe("");
        expect(csv.replace(/\r\n/g, "").includes("\r")).toBe(false);
      });
    });
  },
);

describe("the published schema follows the zod schemas", () => {
  it("lists the policy categories policies.yaml's schema allows", () => {
    const schema = JSON.parse(exampleOpenData("wealdmoor").contents["/data/policies.schema.json"] ?? "") as {
      properties: { records: { items: { properties: { category: { enum: string[] } } } } };
    };
    expect(schema.properties.records.items.properties.category.enum).toEqual([...policyCategoryIds]);
  });

  it("changes when the record's zod schema changes, and then refuses a file without the new field", () => {
    const widened = defineDataset({
      ...policiesDataset,
      record: policyRecord.extend({ approvedByBoard: z.boolean().describe("true when the board approved it") }),
      records: (input) => policiesDataset.records(input).map((record) => ({ ...record, approvedByBoard: true })),
    });
    const before = exampleOpenData("wealdmoor", undefined, [policiesDataset]);
    const after = exampleOpenData("wealdmoor", undefined, [widened]);
    const schema = (view: typeof before) => JSON.parse(view.contents["/data/policies.schema.json"] ?? "") as object;
    expect(schema(after)).not.toEqual(schema(before));
    expect(JSON.stringify(schema(after))).toContain('"approvedByBoard"');
    const validate = new Ajv2020({ strict: true }).compile(schema(after));
    expect(validate(JSON.parse(before.contents["/data/policies.json"] ?? ""))).toBe(false);
    expect(after.datasets[0]?.fields.at(-1)).toEqual({
      name: "approvedByBoard",
      description: "true when the board approved it",
    });
  });
});
