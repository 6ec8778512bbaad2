/** One schema per YAML file in `_data/`, keyed by file name. */
import { accessibilityStatementSchema } from "./accessibility-statement.ts";
import { engagementSchema } from "./engagement.ts";
import { legalDutiesSchema } from "./legal-duties.ts";
import { objectivesSchema } from "./objectives.ts";
import { organisationSchema } from "./organisation.ts";
import { outcomesSchema } from "./outcomes.ts";
import { policiesSchema } from "./policies.ts";
import { protectedCharacteristicsSchema } from "./protected-characteristics.ts";
import { publicationScheduleSchema } from "./publication-schedule.ts";
import { redirectsSchema } from "./redirects.ts";
import { reportsSchema } from "./reports.ts";

export const dataFileSchemas = {
  "organisation.yaml": organisationSchema,
  "protected-characteristics.yaml": protectedCharacteristicsSchema,
  "objectives.yaml": objectivesSchema,
  "outcomes.yaml": outcomesSchema,
  "publication-schedule.yaml": publicationScheduleSchema,
  "legal-duties.yaml": legalDutiesSchema,
  "accessibility-statement.yaml": accessibilityStatementSchema,
  "policies.yaml": policiesSchema,
  "engagement.yaml": engagementSchema,
  "reports.yaml": reportsSchema,
  "redirects.yaml": redirectsSchema,
} as const;

export type DataFileName = keyof typeof dataFileSchemas;
