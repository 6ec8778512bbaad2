/**
 * Schema for `_data/outcomes.yaml`: the Equality Delivery System gradings, by version. The top
 * level is the EDS 2022 record (3 domains, outcomes 1A-3C), as it has always been; an optional
 * `eds2` section holds the EDS2 record that came before it (4 goals, outcomes 1.1-4.3). Each
 * version's outcomes are worded locally and graded by reporting year, and each version may record
 * its public grading events. Rating bands are data because organisations publish different ones;
 * EDS 2022's default to NHS England's usual bands, and EDS2 has none unless the file gives them.
 * Which years each version may be graded in is checked in lib/data/integrity/outcomes.ts.
 */
import { z } from "zod";
import { dateSchema, idSchema, textSchema, titledLinkSchema } from "./common.ts";

/** The 11 outcome codes of EDS 2022, in order. */
export const outcomeCodes = ["1A", "1B", "1C", "1D", "2A", "2B", "2C", "2D", "3A", "3B", "3C"] as const;
export type OutcomeCode = (typeof outcomeCodes)[number];

/** The 18 outcome codes of EDS2, in order: goal 1 has 5, goal 2 has 4, goal 3 has 6, goal 4 has 3. */
// prettier-ignore
export const eds2OutcomeCodes = [
  "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4",
  "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "4.1", "4.2", "4.3",
] as const;
export type Eds2OutcomeCode = (typeof eds2OutcomeCodes)[number];

/** Outcome scores: 0 Undeveloped, 1 Developing, 2 Achieving, 3 Excelling (the same in both versions). */
export const ratings = ["undeveloped", "developing", "achieving", "excelling"] as const;
export type Rating = (typeof ratings)[number];

/** The highest overall EDS 2022 score: 11 outcomes at 3 each. */
export const MAX_OVERALL_SCORE = outcomeCodes.length * 3;
/** The highest overall EDS2 score: 18 outcomes at 3 each. */
export const MAX_EDS2_SCORE = eds2OutcomeCodes.length * 3;

function ratingBandSchema(max: number, outcomes: number) {
  const score = z
    .number({ error: `write an overall score, a whole number from 0 to ${max}` })
    .int({ error: `write an overall score, a whole number from 0 to ${max}` })
    .min(0, { error: "overall scores start at 0" })
    .max(max, { error: `the highest overall score is ${max}, for ${outcomes} outcomes scoring 3` });
  return z.strictObject({
    rating: z.enum(ratings, { error: `rating must be one of: ${ratings.join(", ")}` }),
    min: score,
    max: score,
  });
}

/** Usual bands: under 8 Undeveloped, 8-21 Developing, 22-32 Achieving, 33 Excelling. */
export const defaultRatingBands: RatingBand[] = [
  { rating: "undeveloped", min: 0, max: 7 },
  { rating: "developing", min: 8, max: 21 },
  { rating: "achieving", min: 22, max: 32 },
  { rating: "excelling", min: 33, max: 33 },
];

const domainSchema = z.strictObject({
  number: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "EDS 2022 has domains 1, 2 and 3" }),
  title: textSchema,
});

const goalSchema = z.strictObject({
  number: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "EDS2 has goals 1, 2, 3 and 4" }),
  title: textSchema,
});

/** The reporting year a grading belongs to, such as '2025/26'. */
const yearSchema = z
  .string({ error: "write the reporting year as quoted text, such as '2025/26'" })
  .regex(/^\d{4}\/\d{2}$/, { error: "write the reporting year as 'YYYY/YY', such as '2025/26'" })
  .refine((year) => (Number(year.slice(0, 4)) + 1) % 100 === Number(year.slice(5)), {
    error: "the two years must follow each other, such as '2025/26'",
  });

const gradingSchema = z.strictObject({
  year: yearSchema,
  /** Without it, the date of the year's grading event (checked in lib/data/integrity/outcomes.ts). */
  gradedOn: dateSchema.optional(),
  score: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], {
    error: "score each outcome 0 (Undeveloped), 1 (Developing), 2 (Achieving) or 3 (Excelling)",
  }),
  /** The stakeholder groups who graded the outcome with the organisation; without it, who took part in the year's grading event. */
  gradedBy: z
    .array(textSchema)
    .min(1, { error: "name at least one stakeholder group who graded this outcome" })
    .optional(),
});

/** A year the outcome was left ungraded on purpose, and why: the scorecard says "Not graded" with the reason. */
const notGradedSchema = z.strictObject({
  year: yearSchema,
  reason: textSchema,
});

/** A public grading event: part of the year's grading, not a consultation (engagement.yaml). */
const gradingEventSchema = z.strictObject({
  year: yearSchema,
  date: dateSchema,
  title: textSchema.optional(),
  tookPart: z.array(textSchema).min(1, { error: "name at least one group who took part" }),
});

/** What every outcome has, whichever version it belongs to. */
const outcomeFields = {
  statement: textSchema,
  gradings: z.array(gradingSchema).default([]),
  notGraded: z.array(notGradedSchema).default([]),
  evidence: z.array(titledLinkSchema).default([]),
};

export const outcomeSchema = z.strictObject({
  code: z.enum(outcomeCodes, { error: `use an EDS 2022 outcome code: ${outcomeCodes.join(", ")}` }),
  /** The id of the objective in objectives.yaml this outcome sits under; checked in lib/data/integrity/outcomes.ts. */
  objective: idSchema,
  ...outcomeFields,
});

const eds2OutcomeSchema = z.strictObject({
  // `code: 1.1` unquoted is a number to YAML; every EDS2 code reads back the same as text.
  code: z.preprocess(
    (value) => (typeof value === "number" ? String(value) : value),
    z.enum(eds2OutcomeCodes, { error: `use an EDS2 outcome code: ${eds2OutcomeCodes.join(", ")}` }),
  ),
  /** EDS2 gradings often came before the objectives a hub holds, so an EDS2 outcome may sit under none. */
  objective: idSchema.optional(),
  ...outcomeFields,
});

const eds2Schema = z.strictObject({
  /** No default: EDS2 had no national overall rating, so the scorecard gives one only with these. */
  ratingBands: z.array(ratingBandSchema(MAX_EDS2_SCORE, eds2OutcomeCodes.length)).optional(),
  goals: z.array(goalSchema).length(4, { error: "list the four EDS2 goals" }),
  outcomes: z.array(eds2OutcomeSchema).min(1, { error: "list the EDS2 outcomes 1.1 to 4.3" }),
  events: z.array(gradingEventSchema).default([]),
});

/**
 * The version the top level of the file grades against: EDS 2022, the only one that can be written
 * there (EDS2 has its own section, `eds2`). Pages name versions from the data, never from their own text.
 */
export const edsVersions = ["eds-2022", "eds2"] as const;
export type EdsVersion = (typeof edsVersions)[number];
/** What a file that does not say means: the top level is EDS 2022. */
export const DEFAULT_EDS_VERSION: EdsVersion = "eds-2022";

export const outcomesSchema = z
  .strictObject({
    /** Default 'eds-2022' (lib/site-data/eds-view.ts reads it). */
    version: z
      .enum(["eds-2022"], {
        error: `the top level of this file is EDS 2022: write 'version: eds-2022', or leave it out`,
      })
      .optional(),
    ratingBands: z.array(ratingBandSchema(MAX_OVERALL_SCORE, outcomeCodes.length)).default(defaultRatingBands),
    domains: z.array(domainSchema).length(3, { error: "list the three EDS 2022 domains" }).optional(),
    outcomes: z.array(outcomeSchema).min(1, { error: "list the EDS 2022 outcomes 1A to 3C" }).optional(),
    events: z.array(gradingEventSchema).default([]),
    eds2: eds2Schema.optional(),
  })
  .superRefine((file, context) => {
    // EDS 2022 is optional only for an organisation that graded EDS2 alone (a CCG that closed in 2022).
    const without = file.eds2 ? ", or leave out both 'domains' and 'outcomes' to hold EDS2 alone" : "";
    if (file.domains === undefined && (file.outcomes !== undefined || !file.eds2))
      context.addIssue({ code: "custom", path: ["domains"], message: `list the three EDS 2022 domains${without}` });
    if (file.outcomes === undefined && (file.domains !== undefined || !file.eds2))
      context.addIssue({
        code: "custom",
        path: ["outcomes"],
        message: `list the EDS 2022 outcomes 1A to 3C${without}`,
      });
  });

export type RatingBand = z.infer<ReturnType<typeof ratingBandSchema>>;
export type Domain = z.infer<typeof domainSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Grading = z.infer<typeof gradingSchema>;
export type NotGraded = z.infer<typeof notGradedSchema>;
export type GradingEvent = z.infer<typeof gradingEventSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Eds2Outcome = z.infer<typeof eds2OutcomeSchema>;
export type Eds2Record = z.infer<typeof eds2Schema>;
export type OutcomesFile = z.infer<typeof outcomesSchema>;
