/**
 * Checks across and within files that one schema cannot make: duplicate ids, references to ids in
 * other files, the complete sets the law and EDS 2022 require, and a complete scorecard.
 * The one place such rules live.
 */
import { suggestion } from "./did-you-mean.ts";
import type { DataError } from "./errors.ts";
import type { HubData } from "./hub.ts";
import { errorAt, locate } from "./locate.ts";
import type { YamlFile } from "./read-yaml.ts";
import { characteristicIds } from "../schemas/protected-characteristics.ts";
import { MAX_OVERALL_SCORE, outcomeCodes, ratings } from "../schemas/outcomes.ts";

/** The parsed YAML of the files the checks point into. */
export interface HubFiles {
  characteristics: YamlFile;
  objectives: YamlFile;
  eds: YamlFile;
  schedule: YamlFile;
}

export function checkIntegrity(data: HubData, files: HubFiles): DataError[] {
  return [
    ...uniqueIds(files.characteristics, ["characteristics"], data.characteristics.map((item) => item.id), "characteristic"),
    ...missing(files.characteristics, ["characteristics"], characteristicIds, data.characteristics.map((item) => item.id), "the Equality Act 2010 has nine protected characteristics; add"),
    ...uniqueIds(files.objectives, ["objectives"], data.objectives.map((item) => item.id), "objective"),
    ...characteristicReferences(data, files),
    ...uniqueIds(files.eds, ["outcomes"], data.eds.outcomes.map((item) => item.code), "outcome"),
    ...missing(files.eds, ["outcomes"], outcomeCodes, data.eds.outcomes.map((item) => item.code), "EDS 2022 has 11 outcomes; add"),
    ...uniqueIds(files.eds, ["domains"], data.eds.domains.map((item) => String(item.number)), "domain"),
    ...objectiveReferences(data, files),
    ...ratingBands(data, files),
    ...completeGradings(data, files),
    ...uniqueIds(files.schedule, ["entries"], data.schedule.entries.map((item) => item.id), "schedule entry"),
    ...intervalStarts(data, files),
  ];
}

function uniqueIds(yaml: YamlFile, listPath: string[], ids: string[], noun: string): DataError[] {
  const firstSeen = new Map<string, number>();
  const errors: DataError[] = [];
  ids.forEach((id, index) => {
    const first = firstSeen.get(id);
    if (first === undefined) {
      firstSeen.set(id, index);
      return;
    }
    const firstLine = locate(yaml, [...listPath, first]).line;
    const idField = noun === "outcome" ? "code" : noun === "domain" ? "number" : "id";
    errors.push(errorAt(yaml, [...listPath, index, idField], `duplicate ${noun} '${id}': it is already used on line ${firstLine}; give each ${noun} its own`));
  });
  return errors;
}

function missing(yaml: YamlFile, listPath: string[], required: readonly string[], present: string[], lead: string): DataError[] {
  const absent = required.filter((id) => !present.includes(id));
  if (absent.length === 0) return [];
  return [errorAt(yaml, listPath, `${lead} ${absent.map((id) => `'${id}'`).join(", ")}`)];
}

function characteristicReferences(data: HubData, files: HubFiles): DataError[] {
  const known = data.characteristics.map((item) => item.id);
  return data.objectives.flatMap((objective, index) =>
    objective.characteristics.flatMap((id, position) =>
      known.includes(id as (typeof known)[number])
        ? []
        : [errorAt(files.objectives, ["objectives", index, "characteristics", position], `unknown characteristic '${id}'${suggestion(id, known)}`)],
    ),
  );
}

function objectiveReferences(data: HubData, files: HubFiles): DataError[] {
  const known = data.objectives.map((item) => item.id);
  return data.eds.outcomes.flatMap((outcome, index) =>
    known.includes(outcome.objective)
      ? []
      : [errorAt(files.eds, ["outcomes", index, "objective"], `unknown objective '${outcome.objective}' (objectives.yaml)${suggestion(outcome.objective, known)}`)],
  );
}

function ratingBands(data: HubData, files: HubFiles): DataError[] {
  const bands = data.eds.ratingBands;
  const errors: DataError[] = [];
  let expectedMin = 0;
  bands.forEach((band, index) => {
    if (band.min !== expectedMin) {
      errors.push(errorAt(files.eds, ["ratingBands", index, "min"], `this band should start at ${expectedMin}, straight after the one before, so every score from 0 to ${MAX_OVERALL_SCORE} has exactly one rating`));
    }
    if (band.max < band.min) errors.push(errorAt(files.eds, ["ratingBands", index, "max"], "max must not be below min"));
    expectedMin = band.max + 1;
  });
  if (bands.length > 0 && expectedMin !== MAX_OVERALL_SCORE + 1) {
    errors.push(errorAt(files.eds, ["ratingBands", bands.length - 1, "max"], `the last band must end at ${MAX_OVERALL_SCORE}, the highest overall score`));
  }
  const absent = ratings.filter((rating) => !bands.some((band) => band.rating === rating));
  if (absent.length > 0) errors.push(errorAt(files.eds, ["ratingBands"], `give a band for each rating; missing: ${absent.join(", ")}`));
  return errors;
}

function completeGradings(data: HubData, files: HubFiles): DataError[] {
  const years = [...new Set(data.eds.outcomes.flatMap((outcome) => outcome.gradings.map((grading) => grading.year)))].sort();
  return data.eds.outcomes.flatMap((outcome, index) => {
    const own = outcome.gradings.map((grading) => grading.year);
    const duplicates = own.flatMap((year, position) => (own.indexOf(year) !== position
      ? [errorAt(files.eds, ["outcomes", index, "gradings", position, "year"], `outcome ${outcome.code} is graded twice for ${year}: keep one grading a year`)]
      : []));
    const absent = years.filter((year) => !own.includes(year));
    const gaps = absent.length > 0
      ? [errorAt(files.eds, ["outcomes", index, "gradings"], `outcome ${outcome.code} has no grading for ${absent.join(", ")}, which other outcomes have: grade every outcome each year so the scorecard adds up`)]
      : [];
    return [...duplicates, ...gaps];
  });
}

function intervalStarts(data: HubData, files: HubFiles): DataError[] {
  return data.schedule.entries.flatMap((entry, index) =>
    entry.rule.type === "interval" && !entry.lastPublished && !entry.rule.firstDue
      ? [errorAt(files.schedule, ["entries", index, "rule"], "an interval is counted from the last publication: add lastPublished, or rule.firstDue for a duty not yet published")]
      : [],
  );
}
