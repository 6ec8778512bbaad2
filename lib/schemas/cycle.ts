/**
 * What a publication is for: the reporting year, snapshot year or period it covers. reports.yaml
 * files reports under them, and publication-schedule.yaml's `covers` says which cycle a
 * publication belongs to, so a late one counts as late for its own cycle (DOMAIN.md, "Publication
 * schedule rules"; lib/schedule/cycle.ts turns them into deadlines and words).
 */
import { z } from "zod";
import { dateSchema } from "./common.ts";

/** The first year of a reporting year such as '2025/26': 2025. */
export function firstYearOf(year: string): number {
  return Number(year.slice(0, 4));
}

const REPORTING_YEAR = /^\d{4}\/\d{2}$/;
const SNAPSHOT_YEAR = /^\d{4}$/;

/** The reporting year that begins on 1 April of `first`: 2025 gives '2025/26'. */
export function reportingYearBeginning(first: number): string {
  return `${first}/${String((first + 1) % 100).padStart(2, "0")}`;
}

/** '2025/27' is usually a typing slip for '2025/26': the message says what was meant, or undefined when it is right. */
function reportingYearProblem(year: string): string | undefined {
  const meant = reportingYearBeginning(firstYearOf(year));
  if (meant === year) return undefined;
  return `'${year}' is not a reporting year: the second part is the year after the first, so write '${meant}'`;
}

/** A reporting year such as '2025/26', 1 April 2025 to 31 March 2026. */
export const reportingYearSchema = z
  .string({ error: "write the reporting year as quoted text, such as '2025/26'" })
  .regex(REPORTING_YEAR, { error: "write the reporting year as 'YYYY/YY', such as '2025/26'" })
  .refine((year) => reportingYearProblem(year) === undefined, {
    error: (issue) => reportingYearProblem(String(issue.input)),
  });

/** Days from `from` to `to`, both included; `to` is not before `from`. */
export const periodSchema = z
  .strictObject({
    from: dateSchema,
    to: dateSchema,
  })
  .refine((period) => period.to >= period.from, {
    path: ["to"],
    error: (issue) => {
      const { from, to } = issue.input as { from: string; to: string };
      return `the period ends (${to}) before it begins (${from}): check both dates`;
    },
  });

const coversTextSchema = z.string().superRefine((value, context) => {
  const problem = SNAPSHOT_YEAR.test(value)
    ? undefined
    : REPORTING_YEAR.test(value)
      ? reportingYearProblem(value)
      : `write a snapshot year such as '2024' or a reporting year such as '2024/25' (or a period, with from and to): '${value}' is neither`;
  if (problem) context.addIssue({ code: "custom", message: problem });
});

/**
 * `'2024'`: a snapshot year, figures as at 31 March that year (the gender pay gap, WRES and WDES);
 * `'2024/25'`: a reporting year; `{ from, to }`: a period, such as a quarter.
 */
export const coversSchema = z.union([coversTextSchema, periodSchema], {
  error:
    "say what it covers as a quoted snapshot year such as '2024', a reporting year such as '2024/25', or a period such as { from: '2025-04-01', to: '2025-06-30' }",
});

export type Period = z.infer<typeof periodSchema>;
export type Covers = z.infer<typeof coversSchema>;

/** `covers` as one of its three kinds. */
export type Cycle =
  { kind: "snapshot"; year: number } | { kind: "reporting-year"; year: string } | { kind: "period"; period: Period };

export function cycleOf(covers: Covers): Cycle {
  if (typeof covers !== "string") return { kind: "period", period: covers };
  return SNAPSHOT_YEAR.test(covers)
    ? { kind: "snapshot", year: Number(covers) }
    : { kind: "reporting-year", year: covers };
}

/** The reporting year, 1 April to 31 March, that a day falls in: '2025-06-30' is in '2025/26'. */
export function reportingYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  return reportingYearBeginning(isoDate.slice(5) >= "04-01" ? year : year - 1);
}
