/**
 * The gradings of one EDS version in _data/outcomes.yaml, and its grading events: graded in the
 * version's own years and dated in them, every outcome graded in every year or said not to be
 * (`notGraded`), and a date and who took part for each grading, from itself or its year's grading
 * event (lib/scorecard/versions.ts, eventOf).
 */
import type { DataError } from "../errors.ts";
import { errorAt, type FieldPath } from "../locate.ts";
import type { YamlFile } from "../yaml-file.ts";
import type { Grading } from "../../schemas/outcomes.ts";
import { firstYearOf } from "../../schemas/reports.ts";
import { edsVersionFacts, eventOf, type EdsRecord } from "../../scorecard/versions.ts";
import { unique } from "./rules.ts";

export function checkGradings(record: EdsRecord, yaml: YamlFile): DataError[] {
  const years = gradedYears(record);
  return [...gradings(record, years, yaml), ...events(record, years, yaml)];
}

/**
 * One grading a year per outcome, in the version's own years and dated in its year; every outcome
 * graded in every year, or said not to be; a date and who graded it, from the grading or its event.
 */
function gradings(record: EdsRecord, years: string[], yaml: YamlFile): DataError[] {
  const at = (...path: FieldPath) => [...record.path, ...path];
  return record.outcomes.flatMap((outcome, index) => {
    const path = at("outcomes", index);
    const graded = outcome.gradings.map((grading) => grading.year);
    const explained = outcome.notGraded.map((item) => item.year);
    const absent = years.filter((year) => !graded.includes(year) && !explained.includes(year));
    return [
      ...unique(yaml, "gradings", "year", graded, `grade outcome ${outcome.code} once a year`, path),
      ...unique(
        yaml,
        "notGraded",
        "year",
        explained,
        `say once a year why outcome ${outcome.code} was not graded`,
        path,
      ),
      ...(absent.length > 0
        ? [
            errorAt(
              yaml,
              [...path, "gradings"],
              `outcome ${outcome.code} has no grading for ${absent.join(", ")}, which other outcomes have: grade it, or say why it was not graded under notGraded, such as 'notGraded: [{ year: "${absent[0]}", reason: ... }]'`,
            ),
          ]
        : []),
      ...outcome.notGraded.flatMap((item, position) => {
        const where = [...path, "notGraded", position, "year"];
        if (graded.includes(item.year))
          return [errorAt(yaml, where, `outcome ${outcome.code} has a grading for ${item.year}: remove one of them`)];
        if (!years.includes(item.year))
          return [
            errorAt(
              yaml,
              where,
              `no ${edsVersionFacts[record.version].shortName} outcome was graded in ${item.year}: check the year, or remove this`,
            ),
          ];
        return [];
      }),
      ...outcome.gradings.flatMap((grading, position) => {
        const where = [...path, "gradings", position];
        const era = outsideEra(record, grading.year);
        if (era) return [errorAt(yaml, [...where, "year"], era)];
        const problem = eventOf(grading, record.events) ? undefined : missingFromEvent(grading, record);
        const problems = problem ? [errorAt(yaml, where, problem, { key: "year" })] : [];
        const outside = grading.gradedOn && gradedOutsideYear(grading.year, grading.gradedOn);
        if (outside) problems.push(errorAt(yaml, [...where, "gradedOn"], outside));
        return problems;
      }),
    ];
  });
}

/** Each event in a year the version was graded, dated in it. */
function events(record: EdsRecord, years: string[], yaml: YamlFile): DataError[] {
  const at = (...path: FieldPath) => [...record.path, ...path];
  return record.events.flatMap((event, index) => {
    const era = outsideEra(record, event.year);
    if (era) return [errorAt(yaml, at("events", index, "year"), era)];
    if (!years.includes(event.year))
      return [
        errorAt(
          yaml,
          at("events", index, "year"),
          `no outcome has a grading for ${event.year}: record the year's gradings under each outcome's 'gradings', or check the year`,
        ),
      ];
    const outside = gradedOutsideYear(event.year, event.date);
    return outside ? [errorAt(yaml, at("events", index, "date"), outside)] : [];
  });
}

/** The years some outcome was graded in, leaving out those outside the version's years (reported once, at their grading). */
function gradedYears(record: EdsRecord): string[] {
  const years = record.outcomes.flatMap((outcome) => outcome.gradings.map((grading) => grading.year));
  return [...new Set(years)].filter((year) => !outsideEra(record, year)).sort();
}

/**
 * What a grading without its own `gradedOn` or `gradedBy` needs, when no grading event gives them
 * (lib/scorecard/versions.ts, eventOf); undefined when it needs nothing.
 */
function missingFromEvent(grading: Grading, record: EdsRecord): string | undefined {
  if (grading.gradedOn !== undefined && grading.gradedBy !== undefined) return undefined;
  const held = record.events.filter((event) => event.year === grading.year);
  const missing = [
    ...(grading.gradedOn === undefined ? ["'gradedOn' (the day it was graded)"] : []),
    ...(grading.gradedBy === undefined ? ["'gradedBy' (who graded it)"] : []),
  ].join(" and ");
  if (held.length === 0) {
    const place = record.path.length ? `'events' in '${record.path.join(".")}'` : "'events'";
    return `add ${missing}, or record the ${grading.year} grading event under ${place} with its date and who took part`;
  }
  if (grading.gradedOn === undefined)
    return `add 'gradedOn': ${grading.year} had ${held.length} grading events (${held.map((event) => event.date).join(", ")}), so give the day of the one this outcome was graded at`;
  return `add 'gradedBy' (who graded it): no ${grading.year} grading event was held on ${grading.gradedOn} to take it from`;
}

/**
 * EDS2 was graded from 2013/14 to 2021/22 and EDS 2022 from 2022/23 on (lib/scorecard/versions.ts):
 * a grading in the other's years is usually in the wrong part of the file.
 */
function outsideEra(record: EdsRecord, year: string): string | undefined {
  const { firstYear, lastYear } = edsVersionFacts[record.version];
  const first = firstYearOf(year);
  if (record.version === "eds-2022")
    return first < firstYear
      ? `EDS 2022 was first graded for 2022/23, so ${year} belongs to EDS2: record its gradings under 'eds2', with EDS2's outcome codes, or check the year`
      : undefined;
  if (first < firstYear) return `EDS2 was published in November 2013 and first graded for 2013/14: check the year`;
  if (lastYear !== null && first > lastYear)
    return `EDS 2022 replaced EDS2 from 2022/23, so ${year} belongs to EDS 2022: record its gradings under the EDS 2022 outcomes at the top level of this file, or check the year`;
  return undefined;
}

/**
 * A reporting year such as 2025/26 runs from 1 April 2025 to 31 March 2026. Grading happens in it
 * or in the year after; a date outside that is usually a block copied from last year.
 */
function gradedOutsideYear(year: string, gradedOn: string): string | undefined {
  const first = firstYearOf(year);
  const starts = `${first}-04-01`;
  const latest = `${first + 2}-03-31`;
  if (gradedOn < starts)
    return `${gradedOn} is before the reporting year ${year} began on ${starts}: check the year and the date`;
  if (gradedOn > latest)
    return `${gradedOn} is more than a year after the reporting year ${year} ended: check the year and the date`;
  return undefined;
}
