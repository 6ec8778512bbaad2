/**
 * Loading `_data/`: read every file, validate each against its schema, then check across files.
 * Every problem in every file is reported together, so one build shows the comms team all of them.
 */
import path from "node:path";
import type { z } from "zod";
import { dataFileSchemas, type DataFileName } from "../schemas/index.ts";
import { HubDataError, type DataError } from "./errors.ts";
import type { HubData, LoadResult } from "./hub.ts";
import { checkIntegrity } from "./integrity.ts";
import { readYamlFile, type YamlFile } from "./read-yaml.ts";
import { validateFile } from "./validate-file.ts";

type Parsed = { [Name in DataFileName]: { yaml: YamlFile; value: z.output<(typeof dataFileSchemas)[Name]> } };

export function loadHub(dataDir: string, root: string = process.cwd()): LoadResult {
  const errors: DataError[] = [];
  const parsed: Partial<Parsed> = {};
  for (const name of Object.keys(dataFileSchemas) as DataFileName[]) {
    const absolute = path.resolve(root, dataDir, name);
    const relative = path.relative(root, absolute).split(path.sep).join("/");
    const read = readYamlFile(absolute, relative);
    if (!read.ok) {
      errors.push(...read.errors);
      continue;
    }
    const validated = validateFile(read.yaml, dataFileSchemas[name]);
    if (!validated.ok) {
      errors.push(...validated.errors);
      continue;
    }
    (parsed as Record<string, unknown>)[name] = { yaml: read.yaml, value: validated.value };
  }
  if (errors.length > 0 || !isComplete(parsed)) return { ok: false, errors };

  const data: HubData = {
    organisation: parsed["organisation.yaml"].value,
    characteristics: parsed["protected-characteristics.yaml"].value.characteristics,
    objectives: parsed["objectives.yaml"].value.objectives,
    eds: parsed["outcomes.yaml"].value,
    schedule: parsed["publication-schedule.yaml"].value,
  };
  const integrityErrors = checkIntegrity(data, {
    characteristics: parsed["protected-characteristics.yaml"].yaml,
    objectives: parsed["objectives.yaml"].yaml,
    eds: parsed["outcomes.yaml"].yaml,
    schedule: parsed["publication-schedule.yaml"].yaml,
  });
  return integrityErrors.length > 0 ? { ok: false, errors: integrityErrors } : { ok: true, data };
}

export function loadHubOrThrow(dataDir: string, root?: string): HubData {
  const result = loadHub(dataDir, root);
  if (!result.ok) throw new HubDataError(result.errors);
  return result.data;
}

function isComplete(parsed: Partial<Parsed>): parsed is Parsed {
  return (Object.keys(dataFileSchemas) as DataFileName[]).every((name) => parsed[name] !== undefined);
}
