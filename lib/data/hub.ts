/** The validated contents of `_data/`, as one object. Types come from the schemas in lib/schemas. */
import type { Characteristic } from "../schemas/protected-characteristics.ts";
import type { Objective } from "../schemas/objectives.ts";
import type { Organisation } from "../schemas/organisation.ts";
import type { OutcomesFile } from "../schemas/outcomes.ts";
import type { PublicationScheduleFile } from "../schemas/publication-schedule.ts";
import type { DataError } from "./errors.ts";

export interface HubData {
  organisation: Organisation;
  characteristics: Characteristic[];
  objectives: Objective[];
  /** outcomes.yaml: rating bands, domains and outcomes of the Equality Delivery System 2022. */
  eds: OutcomesFile;
  schedule: PublicationScheduleFile;
}

export type LoadResult = { ok: true; data: HubData } | { ok: false; errors: DataError[] };
