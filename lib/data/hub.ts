/** The validated contents of `_data/`, as one object. Types come from the schemas in lib/schemas. */
import type { AccessibilityStatementFile } from "../schemas/accessibility-statement.ts";
import type { Characteristic } from "../schemas/protected-characteristics.ts";
import type { EngagementFile } from "../schemas/engagement.ts";
import type { DataFileName } from "../schemas/index.ts";
import type { LegalDutiesFile } from "../schemas/legal-duties.ts";
import type { Objective } from "../schemas/objectives.ts";
import type { Organisation } from "../schemas/organisation.ts";
import type { OutcomesFile } from "../schemas/outcomes.ts";
import type { PoliciesFile } from "../schemas/policies.ts";
import type { PublicationScheduleFile } from "../schemas/publication-schedule.ts";
import type { RedirectsFile } from "../schemas/redirects.ts";
import type { ReportsFile } from "../schemas/reports.ts";
import type { DataError } from "./errors.ts";
import type { YamlFile } from "./read-yaml.ts";

export interface HubData {
  organisation: Organisation;
  characteristics: Characteristic[];
  objectives: Objective[];
  /** outcomes.yaml: rating bands, domains and outcomes of the Equality Delivery System 2022. */
  eds: OutcomesFile;
  schedule: PublicationScheduleFile;
  legalDuties: LegalDutiesFile;
  accessibilityStatement: AccessibilityStatementFile;
  policies: PoliciesFile;
  engagement: EngagementFile;
  reports: ReportsFile;
  redirects: RedirectsFile;
}

/** Each file's parsed YAML, for pointing errors and warnings at a line. */
export type HubFiles = Record<DataFileName, YamlFile>;

export type LoadResult = { ok: true; data: HubData; files: HubFiles } | { ok: false; errors: DataError[] };
