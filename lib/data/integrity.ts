/**
 * Checks that one file's schema cannot make: duplicate ids, references to ids in other files, the
 * complete sets the law and EDS 2022 require, rating bands that add up, schedule rules that can be
 * worked out. Each file's checks live in integrity/<file>.ts; this table runs them. Every data file
 * has an entry, so a new file cannot be added without deciding what its checks are
 * (docs/architecture.md, "Adding a data file"); docs/content-model.md lists the rules for editors.
 */
import type { DataFileName } from "../schemas/index.ts";
import type { DataError } from "./errors.ts";
import { dataFileNames, type HubData, type HubFiles } from "./hub.ts";
import { checkAccessibilityStatement } from "./integrity/accessibility-statement.ts";
import { checkEngagement, checkEngagementOnDay } from "./integrity/engagement.ts";
import { checkLegalDuties } from "./integrity/legal-duties.ts";
import { checkObjectives } from "./integrity/objectives.ts";
import { checkOrganisation } from "./integrity/organisation.ts";
import { checkOutcomes } from "./integrity/outcomes.ts";
import { checkPolicies } from "./integrity/policies.ts";
import { checkProtectedCharacteristics } from "./integrity/protected-characteristics.ts";
import { checkPublicationSchedule, checkPublicationScheduleOnDay } from "./integrity/publication-schedule.ts";
import { checkRedirects } from "./integrity/redirects.ts";
import { checkReports } from "./integrity/reports.ts";

export type IntegrityCheck = (data: HubData, files: HubFiles) => DataError[];

/** null: the file's schema already says everything that can be checked about it. */
const integrityChecks: Record<DataFileName, IntegrityCheck | null> = {
  "organisation.yaml": checkOrganisation,
  "protected-characteristics.yaml": checkProtectedCharacteristics,
  "objectives.yaml": checkObjectives,
  "outcomes.yaml": checkOutcomes,
  "publication-schedule.yaml": checkPublicationSchedule,
  "legal-duties.yaml": checkLegalDuties,
  "accessibility-statement.yaml": checkAccessibilityStatement,
  "policies.yaml": checkPolicies,
  "engagement.yaml": checkEngagement,
  "reports.yaml": checkReports,
  "redirects.yaml": checkRedirects,
};

export function checkIntegrity(data: HubData, files: HubFiles): DataError[] {
  return dataFileNames.flatMap((name) => integrityChecks[name]?.(data, files) ?? []);
}

/**
 * The few rules that turn on the day of the build, which are errors all the same (a warning would
 * let the page mislead): only a consultation that has closed may leave out when it opened, and no
 * publication is dated after the day unless it is marked as scheduled.
 */
export function checkIntegrityOnDay(data: HubData, files: HubFiles, today: string): DataError[] {
  return [...checkEngagementOnDay(data, files, today), ...checkPublicationScheduleOnDay(data, files, today)];
}
