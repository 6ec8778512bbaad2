/**
 * Loading `_data/`: read every file, validate each against its schema, then check across files.
 * Every problem in every file is reported together, so one build shows the comms team all of them.
 */
import path from "node:path";
import type { z } from "zod";
import { dataFileSchemas, type DataFileName } from "../schemas/index.ts";
import { missingDataDir, missingFile } from "./data-dir.ts";
import { HubDataError, type DataError } from "./errors.ts";
import type { HubData, HubFiles, LoadResult } from "./hub.ts";
import { checkIntegrity } from "./integrity.ts";
import { readYamlFile, type YamlFile } from "./read-yaml.ts";
import { findUnquotedDates } from "./unquoted-dates.ts";
import { validateFile } from "./validate-file.ts";

type Parsed = { [Name in DataFileName]: { yaml: YamlFile; value: z.output<(typeof dataFileSchemas)[Name]> } };

const fileNames = Object.keys(dataFileSchemas) as DataFileName[];

/** `dataDir` may be absolute or relative to `root`; messages name files relative to `root`. */
export function loadHub(dataDir: string, root: string = process.cwd()): LoadResult {
  const absoluteDir = path.resolve(root, dataDir);
  const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join("/");
  const dirError = missingDataDir(absoluteDir, relative(absoluteDir));
  if (dirError) return { ok: false, errors: [dirError] };

  const errors: DataError[] = [];
  const parsed: Partial<Parsed> = {};
  for (const name of fileNames) {
    const absolute = path.join(absoluteDir, name);
    const missing = missingFile(absoluteDir, name, relative(absolute));
    const read = missing ? { ok: false as const, errors: [missing] } : readYamlFile(absolute, relative(absolute));
    if (!read.ok) {
      errors.push(...read.errors);
      continue;
    }
    const validated = validateFile(read.yaml, dataFileSchemas[name]);
    // Unquoted dates still validate (the core schema keeps them as text), so report both.
    errors.push(...findUnquotedDates(read.yaml), ...(validated.ok ? [] : validated.errors));
    if (validated.ok) (parsed as Record<string, unknown>)[name] = { yaml: read.yaml, value: validated.value };
  }
  // Cross-file checks need every file to match its schema first, or they would report echoes.
  if (errors.length > 0 || !isComplete(parsed)) return { ok: false, errors };

  const value = <Name extends DataFileName>(name: Name) => parsed[name].value;
  const data: HubData = {
    organisation: value("organisation.yaml"),
    characteristics: value("protected-characteristics.yaml").characteristics,
    objectives: value("objectives.yaml").objectives,
    eds: value("outcomes.yaml"),
    schedule: value("publication-schedule.yaml"),
    legalDuties: value("legal-duties.yaml"),
    accessibilityStatement: value("accessibility-statement.yaml"),
    policies: value("policies.yaml"),
    engagement: value("engagement.yaml"),
    reports: value("reports.yaml"),
    redirects: value("redirects.yaml"),
  };
  const files = Object.fromEntries(fileNames.map((name) => [name, parsed[name].yaml])) as HubFiles;
  const integrityErrors = checkIntegrity(data, files);
  return integrityErrors.length > 0 ? { ok: false, errors: integrityErrors } : { ok: true, data, files };
}

export function loadHubOrThrow(dataDir: string, root?: string): HubData {
  const result = loadHub(dataDir, root);
  if (!result.ok) throw new HubDataError(result.errors);
  return result.data;
}

function isComplete(parsed: Partial<Parsed>): parsed is Parsed {
  return fileNames.every((name) => parsed[name] !== undefined);
}
