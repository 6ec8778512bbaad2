/**
 * Schema for `_data/reports.yaml`: the reports archive. Each entry is one report: one of the
 * yearly reports the hub knows by type (the Equality Delivery System 2022 report, the Workforce
 * Race and Workforce Disability Equality Standards, and the gender pay gap, whose six figures
 * (SI 2017/353 reg. 3 and schedule 1) are data so the hub can show them as tables rather than only
 * inside a PDF), or any other publication (`type: other`: an Accessible Information Standard
 * statement, a Modern Slavery Act statement, a quarterly update), named by its own title and
 * filed under a reporting year or the period it covers.
 */
import { z } from "zod";
import { dateSchema, idSchema, textSchema } from "./common.ts";
import { firstYearOf, periodSchema, reportingYearOf, reportingYearSchema } from "./cycle.ts";
import { documentSchema } from "./document.ts";

/** The types the hub knows, each with its own name in words and at most one report a year. */
export const typedReportTypes = ["eds", "wres", "wdes", "gender-pay-gap"] as const;
export type TypedReportType = (typeof typedReportTypes)[number];
export const reportTypes = [...typedReportTypes, "other"] as const;
export type ReportType = (typeof reportTypes)[number];

export { firstYearOf, reportingYearSchema };

/**
 * The date a report's figures describe. WRES, WDES and gender pay gap data are taken as at
 * 31 March; an EDS 2022 report is about the reporting year itself, which starts on 1 April.
 */
export function dataDateOf(type: TypedReportType, year: string): string {
  const first = firstYearOf(year);
  return type === "eds" ? `${first}-04-01` : `${first}-03-31`;
}

/** Counts of tenths, so 12.4 passes and 12.45 (shown rounded on the page) does not. */
function hasAtMostOneDecimal(value: number): boolean {
  return Math.abs(Math.round(value * 10) - value * 10) < 1e-9;
}

const oneDecimal = { error: "round to one decimal place, such as 12.4, as the gender pay gap service does" };

/** A share of people, such as the proportion of women who received a bonus. */
const proportionSchema = z
  .number({ error: "write the percentage as a number without the % sign, such as 42.5" })
  .min(0, { error: "a proportion of people cannot be below 0%" })
  .max(100, { error: "a proportion of people cannot be above 100%" })
  .refine(hasAtMostOneDecimal, oneDecimal);

/**
 * A pay gap: men's pay minus women's, as a percentage of men's. It is negative when women are
 * paid more; 100 means women are paid nothing.
 */
/**
 * A gap is (men's - women's) / men's, so it can never be above 100%, but it has no floor: bonuses
 * are few and uneven, and a bonus gap of -150% (women's bonuses two and a half times men's) is a
 * real figure that must publish. Below -100% for hourly pay is so unlikely that it is asked about.
 */
const bonusGapSchema = z
  .number({ error: "write the gap as a number without the % sign, such as 12.4 (or -3.1 when women are paid more)" })
  .max(100, { error: "a gap above 100% is not possible (100% would mean women are paid nothing): check the figure" })
  .refine(hasAtMostOneDecimal, oneDecimal);

const gapSchema = bonusGapSchema.refine((value) => value >= -100, {
  error: "an hourly pay gap below -100% means women are paid more than twice as much as men: check the figure",
});

const menWomenSchema = z.strictObject({ men: proportionSchema, women: proportionSchema });

export const quartileNames = {
  lower: "lower",
  lowerMiddle: "lower middle",
  upperMiddle: "upper middle",
  upper: "upper",
} as const;
export type Quartile = keyof typeof quartileNames;

/** Everyone in a quartile is a man or a woman in this return, so the two add up to 100 (allowing rounding). */
function quartileSchema(quartile: Quartile) {
  return menWomenSchema.refine(({ men, women }) => Math.abs(men + women - 100) <= 0.1 + 1e-9, {
    error: (issue) => {
      const { men, women } = issue.input as { men: number; women: number };
      const sum = Math.round((men + women) * 10) / 10;
      return `in the ${quartileNames[quartile]} quartile men (${men}%) and women (${women}%) add up to ${sum}%, not 100%: check both figures`;
    },
  });
}

export const genderPayGapSchema = z.strictObject({
  /** 31 March of the reporting year's first year, for public bodies (SI 2017/353 reg. 3). */
  snapshotDate: dateSchema,
  meanHourlyGap: gapSchema,
  medianHourlyGap: gapSchema,
  meanBonusGap: bonusGapSchema,
  medianBonusGap: bonusGapSchema,
  /** The proportion of men, and of women, who were paid a bonus. */
  bonusReceived: menWomenSchema,
  /** The proportion of men and women in each quarter of the workforce ranked by hourly pay. */
  quartiles: z.strictObject({
    lower: quartileSchema("lower"),
    lowerMiddle: quartileSchema("lowerMiddle"),
    upperMiddle: quartileSchema("upperMiddle"),
    upper: quartileSchema("upper"),
  }),
});

export const reportSchema = z
  .strictObject({
    type: z.enum(reportTypes, { error: `type must be one of: ${reportTypes.join(", ")}` }),
    /** `type: other` only: what the report is, such as 'Modern Slavery Act statement'. */
    title: textSchema.optional(),
    /** The reporting year it covers; a report of `type: other` may give a `period` instead. */
    year: reportingYearSchema.optional(),
    /** `type: other` only: the days it covers, such as a quarter. */
    period: periodSchema.optional(),
    publishedOn: dateSchema,
    summary: textSchema.optional(),
    documents: z.array(documentSchema).min(1, { error: "list at least one document: the report itself" }),
    genderPayGap: genderPayGapSchema.optional(),
    /** The publication-schedule.yaml entry that says when it is due. */
    schedule: idSchema.optional(),
  })
  .superRefine((report, context) => {
    const issue = (path: string[], message: string) => context.addIssue({ code: "custom", path, message });
    if (report.type === "other") {
      if (report.title === undefined) {
        issue(["title"], "a report of type other is named by its title, such as 'Modern Slavery Act statement'");
      }
      if (report.year === undefined && report.period === undefined) {
        issue(
          ["year"],
          "what it covers: a reporting year such as '2025/26', or a period such as period: { from: '2025-04-01', to: '2025-06-30' }",
        );
      }
      if (report.year !== undefined && report.period !== undefined) {
        issue(["period"], "give the reporting year or the period, not both: remove one of them");
      }
    } else {
      if (report.title !== undefined) {
        issue(
          ["title"],
          `a ${report.type} report is named by its type: remove title, or use type: other for a report the hub does not know by type`,
        );
      }
      if (report.period !== undefined) {
        issue(["period"], `a ${report.type} report covers a reporting year: give year, such as '2025/26', not period`);
      }
      if (report.year === undefined) issue(["year"], "the reporting year it covers, such as '2025/26'");
    }
    if (report.type === "gender-pay-gap" && report.genderPayGap === undefined) {
      issue(
        ["genderPayGap"],
        "a gender pay gap report gives its six figures here, so readers can see them without opening the document: snapshotDate, the four gaps, bonusReceived and quartiles",
      );
    }
    if (report.type !== "gender-pay-gap" && report.genderPayGap !== undefined) {
      issue(
        ["genderPayGap"],
        `genderPayGap belongs only on a report of type gender-pay-gap: remove it from this ${report.type} report, or change its type`,
      );
    }
    const expected = report.year === undefined ? undefined : `${firstYearOf(report.year)}-03-31`;
    if (report.genderPayGap && expected && report.genderPayGap.snapshotDate !== expected) {
      issue(
        ["genderPayGap", "snapshotDate"],
        `a public body's snapshot date is 31 March, which for the reporting year ${report.year} is '${expected}': check the snapshot date and the year`,
      );
    }
  });

export const reportsSchema = z.strictObject({
  reports: z.array(reportSchema).default([]),
});

export type Report = z.infer<typeof reportSchema>;

/**
 * The reporting year a report is filed under in the archive: its `year`, or for a period the
 * reporting year (1 April to 31 March) in which the period ends, as a report follows what it covers.
 */
export function archiveYearOf(report: Report): string {
  return report.year ?? reportingYearOf(report.period?.to ?? report.publishedOn);
}
export type GenderPayGap = z.infer<typeof genderPayGapSchema>;
export type ReportsFile = z.infer<typeof reportsSchema>;
