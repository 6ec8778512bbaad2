/**
 * Things in the data that are valid but need someone's attention soon, such as a policy past its
 * review date. They never stop a build (the site must still publish), so the build lists them
 * after the data has passed, in the same file:line:column form as errors. Each file's warnings
 * live in warnings/<file>.ts; like the integrity checks, every data file has an entry here.
 */
import { statusDate } from "../dates/status-date.ts";
import type { DataFileName } from "../schemas/index.ts";
import { formatLocated, type DataWarning } from "./errors.ts";
import { dataFileNames, type HubData, type HubFiles } from "./hub.ts";
import { accessibilityStatementWarnings } from "./warnings/accessibility-statement.ts";
import { editNoteWarnings } from "./warnings/edit-notes.ts";
import { policyWarnings } from "./warnings/policies.ts";
import { publicationScheduleWarnings } from "./warnings/publication-schedule.ts";

export type { DataWarning } from "./errors.ts";

export type WarningCheck = (data: HubData, files: HubFiles, today: string) => DataWarning[];

/** null: nothing in the file can become out of date by itself. */
const warningChecks: Record<DataFileName, WarningCheck | null> = {
  "organisation.yaml": null,
  "protected-characteristics.yaml": null,
  "objectives.yaml": null,
  "outcomes.yaml": null,
  "publication-schedule.yaml": publicationScheduleWarnings,
  "legal-duties.yaml": null,
  "accessibility-statement.yaml": accessibilityStatementWarnings,
  "policies.yaml": policyWarnings,
  "engagement.yaml": null,
  "reports.yaml": null,
  "redirects.yaml": null,
};

export function collectWarnings(data: HubData, files: HubFiles, today: string): DataWarning[] {
  // Placeholders from npm run new are never the truth, whoever's hub they are in.
  const placeholders = editNoteWarnings(dataFileNames.map((name) => files[name]));
  // A closed organisation's hub is a record: nobody will review its policies or make its fixes.
  if (statusDate(today, data.organisation.ceased?.closedOn).frozen) return placeholders;
  return [...placeholders, ...dataFileNames.flatMap((name) => warningChecks[name]?.(data, files, today) ?? [])];
}

export function formatDataWarnings(warnings: DataWarning[]): string {
  const lines = formatLocated(warnings, "warning");
  const count = `${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"}: the site still builds, but ${warnings.length === 1 ? "this needs" : "these need"} attention.`;
  return [...lines, count].join("\n");
}
