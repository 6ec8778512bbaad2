/**
 * Cross-file checks for _data/outcomes.yaml (the Equality Delivery System 2022): each outcome once
 * and all 11 present, objectives that exist, rating bands that cover every overall score once,
 * and a grading for every outcome in every year, dated in its year.
 */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { errorAt, locate } from "../locate.ts";
import type { YamlFile } from "../yaml-file.ts";
import { MAX_OVERALL_SCORE, outcomeCodes, ratings, type OutcomesFile } from "../../schemas/outcomes.ts";
import { complete, references, unique } from "./rules.ts";

export function checkOutcomes({ outcomes: eds, objectives: { objectives } }: HubData, files: HubFiles): DataError[] {
  const yaml = files["outcomes.yaml"];
  const objectiveUses = eds.outcomes.map((outcome, index) => ({
    id: outcome.objective,
    path: ["outcomes", index, "objective"],
  }));
  return [
    ...unique(
      yaml,
      "domains",
      "number",
      eds.domains.map((item) => String(item.number)),
      "list domains 1, 2 and 3 once each",
    ),
    ...unique(
      yaml,
      "outcomes",
      "code",
      eds.outcomes.map((item) => item.code),
      "list each outcome once",
    ),
    ...complete(
      yaml,
      "outcomes",
      outcomeCodes,
      eds.outcomes.map((item) => item.code),
      "EDS 2022 has 11 outcomes, 1A to 3C; add",
    ),
    ...references(
      yaml,
      objectiveUses,
      objectives.map((item) => item.id),
      "objective",
      "objectives.yaml",
    ),
    ...ratingBands(eds, yaml),
    ...gradings(eds, yaml),
  ];
}

/** Bands run from 0 to 33 in rating order, one each, so every overall score has exactly one rating. */
function ratingBands(eds: OutcomesFile, yaml: YamlFile): DataError[] {
  const errors: DataError[] = [];
  eds.ratingBands.forEach((band, index) => {
    const before = eds.ratingBands[index - 1];
    const expectedMin = before ? before.max + 1 : 0;
    const firstWithRating = eds.ratingBands.findIndex((other) => other.rating === band.rating);
    if (firstWithRating !== index) {
      const line = locate(yaml, ["ratingBands", firstWithRating]).line;
      errors.push(
        errorAt(
          yaml,
          ["ratingBands", index, "rating"],
          `'${band.rating}' already has a band on line ${line}: give each rating one band`,
        ),
      );
    } else if (before && ratings.indexOf(band.rating) < ratings.indexOf(before.rating)) {
      errors.push(
        errorAt(
          yaml,
          ["ratingBands", index, "rating"],
          `list the bands from the lowest score up: ${ratings.join(", ")}`,
        ),
      );
    }
    if (band.min !== expectedMin) {
      const after = before ? `straight after the band before, which ends at ${before.max}` : "the lowest score";
      errors.push(
        errorAt(
          yaml,
          ["ratingBands", index, "min"],
          `start this band at ${expectedMin}, ${after}, so every score from 0 to ${MAX_OVERALL_SCORE} has exactly one rating`,
        ),
      );
    }
    if (band.max < band.min)
      errors.push(
        errorAt(yaml, ["ratingBands", index, "max"], `max (${band.max}) is below min (${band.min}): swap them`),
      );
  });
  const last = eds.ratingBands.at(-1);
  if (last && last.max !== MAX_OVERALL_SCORE) {
    errors.push(
      errorAt(
        yaml,
        ["ratingBands", eds.ratingBands.length - 1, "max"],
        `end the last band at ${MAX_OVERALL_SCORE}, the highest overall score (11 outcomes scoring 3)`,
      ),
    );
  }
  const absent = ratings.filter((rating) => !eds.ratingBands.some((band) => band.rating === rating));
  if (absent.length > 0)
    errors.push(
      errorAt(yaml, [], `give each rating a band; add ${absent.map((rating) => `'${rating}'`).join(", ")}`, {
        key: "ratingBands",
      }),
    );
  return errors;
}

/** One grading a year per outcome, every outcome in every year, each dated in its year. */
function gradings(eds: OutcomesFile, yaml: YamlFile): DataError[] {
  const years = [...new Set(eds.outcomes.flatMap((outcome) => outcome.gradings.map((grading) => grading.year)))].sort();
  return eds.outcomes.flatMap((outcome, index) => {
    const path = ["outcomes", index];
    const own = outcome.gradings.map((grading) => grading.year);
    const absent = years.filter((year) => !own.includes(year));
    return [
      ...unique(yaml, "gradings", "year", own, `grade outcome ${outcome.code} once a year`, path),
      ...(absent.length > 0
        ? [
            errorAt(
              yaml,
              [...path, "gradings"],
              `outcome ${outcome.code} has no grading for ${absent.join(", ")}, which other outcomes have: grade every outcome each year so the scorecard adds up`,
            ),
          ]
        : []),
      ...outcome.gradings.flatMap((grading, position) => {
        const problem = gradedOutsideYear(grading.year, grading.gradedOn);
        return problem ? [errorAt(yaml, [...path, "gradings", position, "gradedOn"], problem)] : [];
      }),
    ];
  });
}

/**
 * A reporting year such as 2025/26 runs from 1 April 2025 to 31 March 2026. Grading happens in it
 * or in the year after; a date outside that is usually a block copied from last year.
 */
function gradedOutsideYear(year: string, gradedOn: string): string | undefined {
  const first = Number(year.slice(0, 4));
  const starts = `${first}-04-01`;
  const latest = `${first + 2}-03-31`;
  if (gradedOn < starts)
    return `${gradedOn} is before the reporting year ${year} began on ${starts}: check the year and the date`;
  if (gradedOn > latest)
    return `${gradedOn} is more than a year after the reporting year ${year} ended: check the year and the date`;
  return undefined;
}
