/**
 * Each EDS version's whole score and overall rating by year, as the scorecard page shows them
 * (lib/scorecard, through the site data): the totals of the outcomes in eds-outcomes.ts.
 */
import { z } from "zod";
import { reportingYearSchema } from "../schemas/cycle.ts";
import { edsVersions, ratings } from "../schemas/outcomes.ts";
import { defineDataset } from "./dataset.ts";

export const edsRatingRecord = z.strictObject({
  version: z.enum(edsVersions).describe("The EDS version: eds-2022 (EDS 2022) or eds2 (EDS2)"),
  year: reportingYearSchema.describe("The reporting year graded, such as 2024/25"),
  score: z.number().int().min(0).describe("The scores of the outcomes graded that year, added up"),
  max: z.number().int().min(0).describe("The most those outcomes could score: 3 each"),
  outcomes: z.number().int().min(0).describe("How many outcomes the version has"),
  graded: z.number().int().min(0).describe("How many of them were graded that year"),
  rating: z
    .enum(ratings)
    .nullable()
    .describe(
      `The overall rating from the rating bands: one of ${ratings.join(", ")}; empty when not every outcome was graded, or the version has no bands (EDS2)`,
    ),
});

export const edsRatingsDataset = defineDataset({
  id: "eds-ratings",
  title: "Equality Delivery System overall scores by year",
  description: "One record per EDS version per reporting year graded, newest version first, oldest year first.",
  record: edsRatingRecord,
  records: ({ site }) =>
    site.scorecard.versions.flatMap((version) =>
      version.totals.map((total) => ({
        version: version.version,
        year: total.year,
        score: total.score,
        max: total.max,
        outcomes: total.outcomes,
        graded: total.graded,
        rating: total.rating,
      })),
    ),
});
