/**
 * Cross-entry checks for _data/outcomes.yaml, for each version it records (EDS 2022 at the top
 * level, EDS2 under `eds2`): each domain or goal and each outcome once, all of the version's
 * outcomes present, objectives that exist and rating bands that cover every overall score once.
 * Its gradings and grading events are checked in outcome-gradings.ts.
 */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { errorAt, locate, type FieldPath } from "../locate.ts";
import type { YamlFile } from "../yaml-file.ts";
import { ratings, type RatingBand } from "../../schemas/outcomes.ts";
import { edsRecords, edsVersionFacts, type EdsRecord } from "../../scorecard/versions.ts";
import { checkGradings } from "./outcome-gradings.ts";
import { complete, references, unique } from "./rules.ts";

export function checkOutcomes({ outcomes: file, objectives: { objectives } }: HubData, files: HubFiles): DataError[] {
  const yaml = files["outcomes.yaml"];
  const objectiveIds = objectives.map((item) => item.id);
  return edsRecords(file).flatMap((record) => checkRecord(record, yaml, objectiveIds));
}

function checkRecord(record: EdsRecord, yaml: YamlFile, objectiveIds: string[]): DataError[] {
  const facts = edsVersionFacts[record.version];
  const { key, noun, count } = facts.section;
  const at = (...path: FieldPath) => [...record.path, ...path];
  const objectiveUses = record.outcomes.flatMap((outcome, index) =>
    outcome.objective === undefined ? [] : [{ id: outcome.objective, path: at("outcomes", index, "objective") }],
  );
  return [
    ...unique(
      yaml,
      key,
      "number",
      record.sections.map((item) => String(item.number)),
      `list ${noun.toLowerCase()}s ${Array.from({ length: count - 1 }, (_, index) => index + 1).join(", ")} and ${count} once each`,
      record.path,
    ),
    ...unique(
      yaml,
      "outcomes",
      "code",
      record.outcomes.map((item) => item.code),
      "list each outcome once",
      record.path,
    ),
    ...complete(
      yaml,
      "outcomes",
      facts.codes,
      record.outcomes.map((item) => item.code),
      `${facts.shortName} has ${facts.codes.length} outcomes, ${facts.codes[0]} to ${facts.codes.at(-1)}; add`,
      record.path,
    ),
    ...references(yaml, objectiveUses, objectiveIds, "objective", "objectives.yaml"),
    ...(record.ratingBands ? ratingBands(record.ratingBands, facts.maxScore, facts.codes.length, yaml, at) : []),
    ...checkGradings(record, yaml),
  ];
}

/** Bands run from 0 to the highest score in rating order, one each, so every overall score has exactly one rating. */
function ratingBands(
  bands: RatingBand[],
  max: number,
  outcomes: number,
  yaml: YamlFile,
  at: (...path: FieldPath) => FieldPath,
): DataError[] {
  const errors: DataError[] = [];
  bands.forEach((band, index) => {
    const before = bands[index - 1];
    const expectedMin = before ? before.max + 1 : 0;
    const firstWithRating = bands.findIndex((other) => other.rating === band.rating);
    if (firstWithRating !== index) {
      const line = locate(yaml, at("ratingBands", firstWithRating)).line;
      errors.push(
        errorAt(
          yaml,
          at("ratingBands", index, "rating"),
          `'${band.rating}' already has a band on line ${line}: give each rating one band`,
        ),
      );
    } else if (before && ratings.indexOf(band.rating) < ratings.indexOf(before.rating)) {
      errors.push(
        errorAt(
          yaml,
          at("ratingBands", index, "rating"),
          `list the bands from the lowest score up: ${ratings.join(", ")}`,
        ),
      );
    }
    if (band.min !== expectedMin) {
      const after = before ? `straight after the band before, which ends at ${before.max}` : "the lowest score";
      errors.push(
        errorAt(
          yaml,
          at("ratingBands", index, "min"),
          `start this band at ${expectedMin}, ${after}, so every score from 0 to ${max} has exactly one rating`,
        ),
      );
    }
    if (band.max < band.min)
      errors.push(
        errorAt(yaml, at("ratingBands", index, "max"), `max (${band.max}) is below min (${band.min}): swap them`),
      );
  });
  const last = bands.at(-1);
  if (last && last.max !== max) {
    errors.push(
      errorAt(
        yaml,
        at("ratingBands", bands.length - 1, "max"),
        `end the last band at ${max}, the highest overall score (${outcomes} outcomes scoring 3)`,
      ),
    );
  }
  const absent = ratings.filter((rating) => !bands.some((band) => band.rating === rating));
  if (absent.length > 0)
    errors.push(
      errorAt(yaml, at(), `give each rating a band; add ${absent.map((rating) => `'${rating}'`).join(", ")}`, {
        key: "ratingBands",
      }),
    );
  return errors;
}
