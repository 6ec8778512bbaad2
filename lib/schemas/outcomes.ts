/**
 * Schema for `_data/outcomes.yaml`: the Equality Delivery System 2022 domains, the 11 outcomes
 * (1A-3C) worded locally, and their yearly gradings. Rating bands are data because organisations
 * publish different ones; the defaults are the usual NHS England bands.
 */
import { z } from "zod";
import { dateSchema, idSchema, textSchema, titledLinkSchema } from "./common.ts";

/** The 11 outcome codes of EDS 2022, in order. */
export const outcomeCodes = ["1A", "1B", "1C", "1D", "2A", "2B", "2C", "2D", "3A", "3B", "3C"] as const;
export type OutcomeCode = (typeof outcomeCodes)[number];

/** Outcome scores: 0 Undeveloped, 1 Developing, 2 Achieving, 3 Excelling. */
export const ratings = ["undeveloped", "developing", "achieving", "excelling"] as const;
export type Rating = (typeof ratings)[number];

/** The highest overall score: 11 outcomes at 3 each. */
export const MAX_OVERALL_SCORE = outcomeCodes.length * 3;

const overallScoreSchema = z
  .number({ error: `write an overall score, a whole number from 0 to ${MAX_OVERALL_SCORE}` })
  .int({ error: `write an overall score, a whole number from 0 to ${MAX_OVERALL_SCORE}` })
  .min(0, { error: "overall scores start at 0" })
  .max(MAX_OVERALL_SCORE, { error: `the highest overall score is ${MAX_OVERALL_SCORE}, for 11 outcomes scoring 3` });

const ratingBandSchema = z.strictObject({
  rating: z.enum(ratings, { error: `rating must be one of: ${ratings.join(", ")}` }),
  min: overallScoreSchema,
  max: overallScoreSchema,
});

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

const gradingSchema = z.strictObject({
  /** The reporting year the grading belongs to, such as '2025/26'. */
  year: z
    .string({ error: "write the reporting year as quoted text, such as '2025/26'" })
    .regex(/^\d{4}\/\d{2}$/, { error: "write the reporting year as 'YYYY/YY', such as '2025/26'" })
    .refine((year) => (Number(year.slice(0, 4)) + 1) % 100 === Number(year.slice(5)), {
      error: "the two years must follow each other, such as '2025/26'",
    }),
  gradedOn: dateSchema,
  score: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], {
    error: "score each outcome 0 (Undeveloped), 1 (Developing), 2 (Achieving) or 3 (Excelling)",
  }),
  /** The stakeholder groups who graded the outcome with the organisation. */
  gradedBy: z.array(textSchema).min(1, { error: "name at least one stakeholder group who graded this outcome" }),
});

export const outcomeSchema = z.strictObject({
  code: z.enum(outcomeCodes, { error: `use an EDS 2022 outcome code: ${outcomeCodes.join(", ")}` }),
  statement: textSchema,
  /** The id of the objective in objectives.yaml this outcome sits under; checked in lib/data/integrity.ts. */
  objective: idSchema,
  gradings: z.array(gradingSchema).default([]),
  evidence: z.array(titledLinkSchema).default([]),
});

/**
 * The version of the Equality Delivery System the file grades against. Only EDS 2022 exists here
 * yet (its 3 domains and 11 outcomes are this schema); pages name the version from this field,
 * never from their own text.
 */
export const edsVersions = ["eds-2022"] as const;
export type EdsVersion = (typeof edsVersions)[number];
/** What a file that does not say means: the only version this schema describes. */
export const DEFAULT_EDS_VERSION: EdsVersion = "eds-2022";

export const outcomesSchema = z.strictObject({
  /** Default 'eds-2022' (lib/site-data/eds-view.ts reads it). */
  version: z
    .enum(edsVersions, {
      error: `the hub grades against EDS 2022 only so far: write 'version: eds-2022', or leave it out`,
    })
    .optional(),
  ratingBands: z.array(ratingBandSchema).default(defaultRatingBands),
  domains: z.array(domainSchema).length(3, { error: "list the three EDS 2022 domains" }),
  outcomes: z.array(outcomeSchema).min(1, { error: "list the EDS 2022 outcomes 1A to 3C" }),
});

export type RatingBand = z.infer<typeof ratingBandSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type Grading = z.infer<typeof gradingSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type OutcomesFile = z.infer<typeof outcomesSchema>;
