/**
 * Loading `_data/`: read every file, validate each against its schema, then check across files.
 * Every problem in every file is reported together, so one build shows the comms team all of them.
 */
import path from "node:path";
import type { z } from "zod";
import { dataFileSchemas, type DataFileName } from "../schemas/index.ts";
import { missingDataDir, missingFile } from "./data-dir.ts";
import { HubDataError, type DataError } from "./errors.ts";
import {
  dataFileNames as fileNames,
  dataKeyOf,
  type HubData,
  type HubFiles,
  type LoadedHub,
  type LoadResult,
} from "./hub.ts";
import { checkIntegrity, checkIntegrityOnDay } from "./integrity.ts";
import { readYamlFile } from "./read-yaml.ts";
import type { YamlFile } from "./yaml-file.ts";
import { findUnquotedDates } from "./unquoted-dates.ts";
import { validateFile } from "./validate-file.ts";

type Parsed = { [Name in DataFileName]: { yaml: YamlFile; value: z.output<(typeof dataFileSchemas)[Name]> } };

/**
 * `dataDir` may be absolute or relative to `root`; messages name files relative to `root`. With
 * `today` (the build's day, 'YYYY-MM-DD'), the rules that turn on it are checked too
 * (checkIntegrityOnDay): the build and the dev server give it.
 */
export function loadHub(dataDir: string, root: string = process.cwd(), today?: string): LoadResult {
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

  // One rule for every file (lib/data/hub.ts): its contents, under its name in camelCase.
  const data = Object.fromEntries(fileNames.map((name) => [dataKeyOf(name), parsed[name].value])) as HubData;
  const files = Object.fromEntries(fileNames.map((name) => [name, parsed[name].yaml])) as HubFiles;
  const integrityErrors = [
    ...checkIntegrity(data, files),
    ...(today === undefined ? [] : checkIntegrityOnDay(data, files, today)),
  ];
  return integrityErrors.length > 0 ? { ok: false, errors: integrityErrors } : { ok: true, data, files };
}

export function loadHubOrThrow(dataDir: string, root?: string, today?: string): LoadedHub {
  const result = loadHub(dataDir, root, today);
  if (!result.ok) throw new HubDataError(result.errors);
  return { data: result.data, files: result.files };
}

function isComplete(parsed: Partial<Parsed>): parsed is Parsed {
  return fileNames.every((name) => parsed[name] !== undefined);
}
