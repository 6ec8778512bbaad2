/**
 * One published dataset under /data/: its name, what it holds, the shape of one record (a zod
 * object, from which its JSON Schema is generated) and how its records are taken from the data and
 * the site data, so the files hold the values the pages show (docs/open-data.md).
 */
import type { z } from "zod";
import type { HubData } from "../data/hub.ts";
import type { SiteData } from "../site-data/build-site-data.ts";

export interface OpenDataInput {
  data: HubData;
  site: SiteData;
}

/** A record's fields are text, numbers, true/false, null or lists of text: one CSV row each. */
export type RecordShape = z.ZodObject;

export interface OpenDataset<Shape extends RecordShape = RecordShape> {
  /** The files' name: 'policies' is /data/policies.json, .csv and .schema.json. */
  id: string;
  title: string;
  /** What one record is, in plain words, for the /data/ page and the schema's description. */
  description: string;
  record: Shape;
  records(input: OpenDataInput): Array<z.input<Shape>>;
  /**
   * Why the hub publishes no such dataset, when it does not (a small employer has no gender pay gap
   * figures to give): the /data/ page says this in its place. Undefined: it is published.
   */
  omittedBecause?(input: OpenDataInput, recordCount: number): string | undefined;
}

/** Typed once here, so each dataset's records are checked against its own record shape. */
export function defineDataset<Shape extends RecordShape>(dataset: OpenDataset<Shape>): OpenDataset<Shape> {
  return dataset;
}
