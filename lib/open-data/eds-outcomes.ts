/**
 * The Equality Delivery System scorecard as open data: one record per outcome per year graded, with
 * the score and rating the scorecard page shows (lib/scorecard, through the site data), for every
 * version outcomes.yaml records (EDS 2022, EDS2). The version's own totals and overall rating are
 * in eds-ratings.ts.
 */
import { z } from "zod";
import { ratings, edsVersions } from "../schemas/outcomes.ts";
import { dateSchema, idSchema } from "../schemas/common.ts";
import { reportingYearSchema } from "../schemas/cycle.ts";
import { defineDataset } from "./dataset.ts";

export const edsOutcomeRecord = z.strictObject({
  version: z.enum(edsVersions).describe("The EDS version: eds-2022 (EDS 2022) or eds2 (EDS2)"),
  code: z.string().describe("The outcome's code, such as 1A (EDS 2022) or 1.1 (EDS2)"),
  statement: z.string().describe("What the outcome says"),
  section: z.number().int().describe("The number of its domain (EDS 2022) or goal (EDS2)"),
  objective: idSchema.nullable().describe("The id of the equality objective it sits under; empty if none"),
  year: reportingYearSchema.describe("The reporting year graded, such as 2024/25"),
  score: z.number().int().min(0).max(3).nullable().describe("Its score that year, 0 to 3; empty when not graded"),
  rating: z
    .enum(ratings)
    .nullable()
    .describe(`Its rating that year: one of ${ratings.join(", ")}; empty when not graded`),
  notGradedReason: z.string().nullable().describe("Why it was not graded that year, where we said; otherwise empty"),
  gradedOn: dateSchema.nullable().describe("When it was graded; empty when not graded"),
});

export const edsOutcomesDataset = defineDataset({
  id: "eds-outcomes",
  title: "Equality Delivery System outcomes by year",
  description:
    "One record per EDS outcome per reporting year graded, newest version first, then in code order, oldest year first.",
  record: edsOutcomeRecord,
  records: ({ site }) =>
    site.scorecard.versions.flatMap((version) =>
      version.sections.flatMap((section) =>
        section.outcomes.flatMap((outcome) =>
          outcome.grades.map((grade) => ({
            version: outcome.version,
            code: outcome.code,
            statement: outcome.statement,
            section: outcome.section,
            objective: outcome.objective,
            year: grade.year,
            score: grade.score,
            rating: grade.rating,
            notGradedReason: grade.notGradedReason,
            gradedOn: grade.gradedOn,
          })),
        ),
      ),
    ),
});
