/** One schema per YAML file in `_data/`, keyed by file name. */
import { objectivesSchema } from "./objectives.ts";
import { organisationSchema } from "./organisation.ts";
import { outcomesSchema } from "./outcomes.ts";
import { protectedCharacteristicsSchema } from "./protected-characteristics.ts";
import { publicationScheduleSchema } from "./publication-schedule.ts";

export const dataFileSchemas = {
  "organisation.yaml": organisationSchema,
  "protected-characteristics.yaml": protectedCharacteristicsSchema,
  "objectives.yaml": objectivesSchema,
  "outcomes.yaml": outcomesSchema,
  "publication-schedule.yaml": publicationScheduleSchema,
} as const;

export type DataFileName = keyof typeof dataFileSchemas;
