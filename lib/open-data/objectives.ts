/**
 * The equality objectives as open data: one record per objective, as objectives.yaml gives it,
 * with whether its period has ended (lib/site-data/objective-view.ts). Its actions are a dataset
 * of their own (objective-actions.ts), so each file stays one row per record.
 */
import { z } from "zod";
import { httpsUrlSchema, idSchema, yearSchema } from "../schemas/common.ts";
import { objectiveSchema, objectiveStatuses, psedAimIds } from "../schemas/objectives.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { defineDataset } from "./dataset.ts";

const objective = objectiveSchema.shape;

export const objectiveRecord = z.strictObject({
  id: objective.id.describe("The objective's id, also the last part of its page's address"),
  title: objective.title.describe("Its title"),
  summary: objective.summary.describe("What it sets out to do"),
  periodStart: yearSchema.describe("The year its period starts"),
  periodEnd: yearSchema.describe("The year its period ends"),
  ended: z.boolean().describe("true when its period had ended on the day the data is as at"),
  lead: objective.lead.describe("The role that leads it"),
  status: z
    .enum(objectiveStatuses)
    .describe(`How it is going, as last recorded: one of ${objectiveStatuses.join(", ")}`),
  psedAims: z
    .array(z.enum(psedAimIds))
    .describe(`The aims of the public sector equality duty it serves: ${psedAimIds.join(", ")}`),
  characteristics: z
    .array(idSchema)
    .describe("The protected characteristics it concerns, by id, such as disability or race"),
  actions: z.number().int().describe("How many actions it has (the objective actions file lists them)"),
  page: httpsUrlSchema.describe("Its page on this hub"),
});

export const objectivesDataset = defineDataset({
  id: "objectives",
  title: "Equality objectives",
  description: "One record per equality objective, in the order we list them.",
  record: objectiveRecord,
  records: ({ site }) =>
    site.objectives.map((item) => ({
      id: item.id,
      title: item.title,
      summary: item.summary,
      periodStart: item.period.start,
      periodEnd: item.period.end,
      ended: item.ended,
      lead: item.lead,
      status: item.status,
      psedAims: item.psedAims.map((aim) => aim.id),
      characteristics: item.characteristics.map((characteristic) => characteristic.id),
      actions: item.actions.length,
      page: absoluteUrl(`/objectives/${item.id}/`, site.organisation.siteUrl),
    })),
});
