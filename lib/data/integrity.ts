/**
 * Checks that one field's schema cannot make: duplicate ids, references to ids in other files, the
 * complete sets the law and EDS 2022 require, rating bands that add up, a complete scorecard and
 * schedule rules that can be worked out. The one place such rules live (the newer files' checks sit
 * in integrity/, one module per file, called from here); docs/content-model.md lists them for editors.
 */
import type { DataError } from "./errors.ts";
import type { HubData, HubFiles } from "./hub.ts";
import { errorAt, locate } from "./locate.ts";
import type { YamlFile } from "./read-yaml.ts";
import { checkAccessibilityStatement } from "./integrity/accessibility-statement.ts";
import { checkEngagement } from "./integrity/engagement.ts";
import { checkLegalDuties } from "./integrity/legal-duties.ts";
import { checkPolicies } from "./integrity/policies.ts";
import { checkRedirects } from "./integrity/redirects.ts";
import { checkReports } from "./integrity/reports.ts";
import { complete, references, unique } from "./integrity/rules.ts";
import { yearlyDate, yearOf } from "../dates/arithmetic.ts";
import { characteristicIds } from "../schemas/protected-characteristics.ts";
import { MAX_OVERALL_SCORE, outcomeCodes, ratings } from "../schemas/outcomes.ts";

export function checkIntegrity(data: HubData, yamlFiles: HubFiles): DataError[] {
  const { characteristics, objectives, eds, schedule } = data;
  const files = {
    characteristics: yamlFiles["protected-characteristics.yaml"],
    objectives: yamlFiles["objectives.yaml"],
    eds: yamlFiles["outcomes.yaml"],
    schedule: yamlFiles["publication-schedule.yaml"],
  };
  const characteristicUses = objectives.flatMap((objective, index) =>
    objective.characteristics.map((id, position) => ({ id, path: ["objectives", index, "characteristics", position] })));
  const objectiveUses = eds.outcomes.map((outcome, index) => ({ id: outcome.objective, path: ["outcomes", index, "objective"] }));
  return [
    ...unique(files.characteristics, "characteristics", "id", characteristics.map((item) => item.id), "list each characteristic once"),
    ...complete(files.characteristics, "characteristics", characteristicIds, characteristics.map((item) => item.id), "the Equality Act 2010 has nine protected characteristics; add"),
    ...unique(files.objectives, "objectives", "id", objectives.map((item) => item.id), "give each objective its own id"),
    // One of the nine that is missing from its file is reported there, once, not at every use.
    ...references(files.objectives, characteristicUses.filter((use) => !isCharacteristicId(use.id)), characteristics.map((item) => item.id), "characteristic", "protected-characteristics.yaml"),
    ...unique(files.eds, "domains", "number", eds.domains.map((item) => String(item.number)), "list domains 1, 2 and 3 once each"),
    ...unique(files.eds, "outcomes", "code", eds.outcomes.map((item) => item.code), "list each outcome once"),
    ...complete(files.eds, "outcomes", outcomeCodes, eds.outcomes.map((item) => item.code), "EDS 2022 has 11 outcomes, 1A to 3C; add"),
    ...references(files.eds, objectiveUses, objectives.map((item) => item.id), "objective", "objectives.yaml"),
    ...ratingBands(data, files.eds),
    ...gradings(data, files.eds),
    ...unique(files.schedule, "entries", "id", schedule.entries.map((item) => item.id), "give each entry its own id"),
    ...scheduleRules(data, files.schedule),
    ...checkLegalDuties(data, yamlFiles),
    ...checkAccessibilityStatement(data, yamlFiles),
    ...checkRedirects(data, yamlFiles),
    ...checkPolicies(data, yamlFiles),
    ...checkEngagement(data, yamlFiles),
    ...checkReports(data, yamlFiles),
  ];
}

function isCharacteristicId(id: string): boolean {
  return (characteristicIds as readonly string[]).includes(id);
}

/** Bands run from 0 to 33 in rating order, one each, so every overall score has exactly one rating. */
function ratingBands({ eds }: HubData, yaml: YamlFile): DataError[] {
  const errors: DataError[] = [];
  eds.ratingBands.forEach((band, index) => {
    const before = eds.ratingBands[index - 1];
    const expectedMin = before ? before.max + 1 : 0;
    const firstWithRating = eds.ratingBands.findIndex((other) => other.rating === band.rating);
    if (firstWithRating !== index) {
      const line = locate(yaml, ["ratingBands", firstWithRating]).line;
      errors.push(errorAt(yaml, ["ratingBands", index, "rating"], `'${band.rating}' already has a band on line ${line}: give each rating one band`));
    } else if (before && ratings.indexOf(band.rating) < ratings.indexOf(before.rating)) {
      errors.push(errorAt(yaml, ["ratingBands", index, "rating"], `list the bands from the lowest score up: ${ratings.join(", ")}`));
    }
    if (band.min !== expectedMin) {
      const after = before ? `straight after the band before, which ends at ${before.max}` : "the lowest score";
      errors.push(errorAt(yaml, ["ratingBands", index, "min"], `start this band at ${expectedMin}, ${after}, so every score from 0 to ${MAX_OVERALL_SCORE} has exactly one rating`));
    }
    if (band.max < band.min) errors.push(errorAt(yaml, ["ratingBands", index, "max"], `max (${band.max}) is below min (${band.min}): swap them`));
  });
  const last = eds.ratingBands.at(-1);
  if (last && last.max !== MAX_OVERALL_SCORE) {
    errors.push(errorAt(yaml, ["ratingBands", eds.ratingBands.length - 1, "max"], `end the last band at ${MAX_OVERALL_SCORE}, the highest overall score (11 outcomes scoring 3)`));
  }
  const absent = ratings.filter((rating) => !eds.ratingBands.some((band) => band.rating === rating));
  if (absent.length > 0) errors.push(errorAt(yaml, [], `give each rating a band; add ${absent.map((rating) => `'${rating}'`).join(", ")}`, { key: "ratingBands" }));
  return errors;
}

/** One grading a year per outcome, every outcome in every year, each dated in its year. */
function gradings({ eds }: HubData, yaml: YamlFile): DataError[] {
  const years = [...new Set(eds.outcomes.flatMap((outcome) => outcome.gradings.map((grading) => grading.year)))].sort();
  return eds.outcomes.flatMap((outcome, index) => {
    const path = ["outcomes", index];
    const own = outcome.gradings.map((grading) => grading.year);
    const absent = years.filter((year) => !own.includes(year));
    return [
      ...unique(yaml, "gradings", "year", own, `grade outcome ${outcome.code} once a year`, path),
      ...(absent.length > 0
        ? [errorAt(yaml, [...path, "gradings"], `outcome ${outcome.code} has no grading for ${absent.join(", ")}, which other outcomes have: grade every outcome each year so the scorecard adds up`)]
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
  if (gradedOn < starts) return `${gradedOn} is before the reporting year ${year} began on ${starts}: check the year and the date`;
  if (gradedOn > latest) return `${gradedOn} is more than a year after the reporting year ${year} ended: check the year and the date`;
  return undefined;
}

function scheduleRules({ schedule }: HubData, yaml: YamlFile): DataError[] {
  return schedule.entries.flatMap((entry, index) => {
    const rule = entry.rule;
    if (rule.type === "interval" && !entry.lastPublished && !rule.firstDue) {
      return [errorAt(yaml, ["entries", index, "rule"], "an interval is counted from the last publication: add lastPublished, or rule.firstDue for a duty not yet published")];
    }
    // A firstDue off the yearly date would silently skip that year's deadline.
    if (rule.type === "fixed-yearly" && rule.firstDue && yearlyDate(rule.date, yearOf(rule.firstDue)) !== rule.firstDue) {
      const deadline = yearlyDate(rule.date, yearOf(rule.firstDue));
      return [errorAt(yaml, ["entries", index, "rule", "firstDue"], `firstDue must be one of this entry's yearly deadlines ('${rule.date}'): did you mean '${deadline}'?`)];
    }
    return [];
  });
}
