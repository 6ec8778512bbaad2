/**
 * Schema for `_data/objectives.yaml`: the equality objectives the organisation publishes under
 * reg. 5 of SI 2017/353, at intervals of no more than four years.
 */
import { z } from "zod";
import { dateSchema, idSchema, roleSchema, textSchema, yearSchema } from "./common.ts";

/** The three aims of the public sector equality duty, Equality Act 2010 s.149(1). */
export const psedAimIds = ["eliminate-discrimination", "advance-equality", "foster-good-relations"] as const;
export type PsedAimId = (typeof psedAimIds)[number];

export const objectiveStatuses = ["not-started", "on-track", "at-risk", "achieved"] as const;
export const actionStatuses = ["not-started", "in-progress", "complete"] as const;

/** The longest objectives period the regulations allow (SI 2017/353 reg. 5). */
export const MAX_PERIOD_YEARS = 4;

const actionSchema = z.strictObject({
  title: textSchema,
  due: dateSchema,
  status: z.enum(actionStatuses, { error: `status must be one of: ${actionStatuses.join(", ")}` }),
});

const periodSchema = z
  .strictObject({ start: yearSchema, end: yearSchema })
  .refine((period) => period.end > period.start, {
    error: "the period must end in a later year than it starts",
    path: ["end"],
  })
  .refine((period) => period.end - period.start <= MAX_PERIOD_YEARS, {
    error: (issue) => {
      const { start, end } = issue.input as { start: number; end: number };
      return `${start} to ${end} is ${end - start} years, but objectives must be published at least every ${MAX_PERIOD_YEARS} years (SI 2017/353 reg. 5): make the period ${MAX_PERIOD_YEARS} years or shorter, such as ${start} to ${start + MAX_PERIOD_YEARS}`;
    },
    path: ["end"],
  });

export const objectiveSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  summary: textSchema,
  period: periodSchema,
  lead: roleSchema,
  status: z.enum(objectiveStatuses, { error: `status must be one of: ${objectiveStatuses.join(", ")}` }),
  psedAims: z
    .array(z.enum(psedAimIds, { error: `use one of the three aims: ${psedAimIds.join(", ")}` }))
    .min(1, { error: "name at least one aim of the public sector equality duty this objective serves" }),
  /** Ids from protected-characteristics.yaml; checked in lib/data/integrity.ts. */
  characteristics: z.array(idSchema).min(1, { error: "name at least one protected characteristic" }),
  actions: z.array(actionSchema).default([]),
});

export const objectivesSchema = z.strictObject({
  objectives: z.array(objectiveSchema).min(1, { error: "list at least one equality objective" }),
});

export type Objective = z.infer<typeof objectiveSchema>;
export type ObjectiveAction = z.infer<typeof actionSchema>;
export type ObjectivesFile = z.infer<typeof objectivesSchema>;
