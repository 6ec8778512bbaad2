/**
 * Every open data file, worked out once per build from the data and the site data: each dataset's
 * JSON (with `$schema` naming its schema's public address), its CSV and its JSON Schema, and what
 * the /data/ page says of each (format, size, fields, licence, last update). The records are
 * parsed with the dataset's zod schema before they are written, so a file never disagrees with
 * the schema published beside it.
 */
import { publicUrl } from "../filters/public-url.ts";
import { toCsv } from "./csv.ts";
import type { OpenDataInput, OpenDataset } from "./dataset.ts";
import { OPEN_DATASETS, openDataPath, type OpenDataFormat } from "./datasets.ts";
import { fieldsOf, fileSchemaOf, jsonSchemaOf, type FieldDescription } from "./file-schema.ts";
import { licenceOf, type Licence } from "./licence.ts";
import { sizeInWords } from "./size-in-words.ts";

export interface OpenDataFileView {
  format: OpenDataFormat;
  /** As the page names it: "JSON", "CSV", "JSON Schema". */
  formatName: string;
  /** The hub's own address, such as '/data/policies.json'. */
  url: string;
  bytes: number;
  size: string;
}

export interface OpenDatasetView {
  id: string;
  title: string;
  description: string;
  fields: FieldDescription[];
  recordCount: number;
  files: OpenDataFileView[];
}

/** A dataset the hub does not publish, and why, in a sentence for the /data/ page. */
export interface OmittedDatasetView {
  id: string;
  title: string;
  reason: string;
}

export interface OpenDataView {
  licence: Licence;
  /** The day the data is as at: the status date (lib/dates/status-date.ts). */
  lastUpdated: string;
  /** The day the organisation closed, once it has: its data is then a record. */
  closedOn: string | null;
  datasets: OpenDatasetView[];
  omitted: OmittedDatasetView[];
  /** Each file's text by its hub address, for the templates that write them. */
  contents: Record<string, string>;
}

const formatNames: Record<OpenDataFormat, string> = { json: "JSON", csv: "CSV", schema: "JSON Schema" };

export function buildOpenData(input: OpenDataInput, datasets: OpenDataset[] = OPEN_DATASETS): OpenDataView {
  const { organisation, statusDate } = input.site;
  const licence = licenceOf(organisation);
  const closedOn = statusDate.frozen ? (organisation.ceased?.closedOn ?? null) : null;
  const contents: Record<string, string> = {};
  const views: OpenDatasetView[] = [];
  const omitted: OmittedDatasetView[] = [];
  for (const dataset of datasets) {
    const schemaUrl = publicUrl(openDataPath(dataset.id, "schema"), organisation.siteUrl);
    const file = fileSchemaOf(dataset).parse({
      $schema: schemaUrl,
      title: dataset.title,
      publisher: organisation.name,
      licence,
      lastUpdated: statusDate.date,
      closedOn,
      records: dataset.records(input),
    });
    const reason = dataset.omittedBecause?.(input, file.records.length);
    if (reason !== undefined) {
      omitted.push({ id: dataset.id, title: dataset.title, reason });
      continue;
    }
    const columns = Object.keys(dataset.record.shape);
    const texts: Record<OpenDataFormat, string> = {
      json: `${JSON.stringify(file, null, 2)}\n`,
      csv: toCsv(columns, file.records, dataset.id),
      schema: `${JSON.stringify(jsonSchemaOf(dataset, schemaUrl), null, 2)}\n`,
    };
    const files = (Object.keys(texts) as OpenDataFormat[]).map((format) => {
      const url = openDataPath(dataset.id, format);
      contents[url] = texts[format];
      const bytes = Buffer.byteLength(texts[format], "utf8");
      return { format, formatName: formatNames[format], url, bytes, size: sizeInWords(bytes) };
    });
    views.push({
      id: dataset.id,
      title: dataset.title,
      description: dataset.description,
      fields: fieldsOf(dataset),
      recordCount: file.records.length,
      files,
    });
  }
  return { licence, lastUpdated: statusDate.date, closedOn, datasets: views, omitted, contents };
}
