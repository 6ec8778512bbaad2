/**
 * The validated contents of `_data/`, as one object. One rule for every file: it loads under its
 * file name in camelCase (`publication-schedule.yaml` -> `publicationSchedule`) and holds what the
 * file says, in the file's own shape (`policies.yaml`'s list is `data.policies.policies`). Types
 * come from the schemas in lib/schemas, so they are never written twice.
 */
import type { z } from "zod";
import { dataFileSchemas, type DataFileName } from "../schemas/index.ts";
import type { DataError } from "./errors.ts";
import type { YamlFile } from "./yaml-file.ts";

/** `publication-schedule.yaml` -> `publicationSchedule`, as a type. */
type CamelCase<Text extends string> = Text extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : Text;
export type DataKey<Name extends DataFileName> = CamelCase<Name extends `${infer Stem}.yaml` ? Stem : never>;

export type HubData = { [Name in DataFileName as DataKey<Name>]: z.output<(typeof dataFileSchemas)[Name]> };

/** `publication-schedule.yaml` -> `publicationSchedule`: the key a file's contents load under. */
export function dataKeyOf<Name extends DataFileName>(name: Name): DataKey<Name> {
  return name.replace(/\.yaml$/, "").replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()) as DataKey<Name>;
}

/** Each file's parsed YAML, for pointing errors and warnings at a line. */
export type HubFiles = Record<DataFileName, YamlFile>;

/** What one load of `_data/` gives: the data, and the files it came from for locating messages. */
export interface LoadedHub {
  data: HubData;
  files: HubFiles;
}

export type LoadResult = ({ ok: true } & LoadedHub) | { ok: false; errors: DataError[] };

export const dataFileNames = Object.keys(dataFileSchemas) as DataFileName[];
