/**
 * Things in the data that are valid but need someone's attention soon, such as a policy past its
 * review date. They never stop a build (the site must still publish), so the build lists them
 * after the data has passed, in the same file:line:column form as errors.
 */
import { formatLocated, type DataError } from "./errors.ts";
import type { HubData, HubFiles } from "./hub.ts";
import { accessibilityStatementWarnings } from "./warnings/accessibility-statement.ts";
import { policyWarnings } from "./warnings/policies.ts";

export type DataWarning = DataError;

export function collectWarnings(data: HubData, files: HubFiles, today: string): DataWarning[] {
  return [
    ...policyWarnings(data, files, today),
    ...accessibilityStatementWarnings(data, files, today),
  ];
}

export function formatDataWarnings(warnings: DataWarning[]): string {
  const lines = formatLocated(warnings, "warning");
  const count = `${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"}: the site still builds, but ${warnings.length === 1 ? "this needs" : "these need"} attention.`;
  return [...lines, count].join("\n");
}
