/**
 * Schema for `_data/publication-schedule.yaml`: the statutory and local publications the
 * organisation must keep up to date. Each entry has one rule; lib/schedule derives the next due
 * date and a status from it and from "today".
 */
import { z } from "zod";
import { dateSchema, idSchema, linkSchema, roleSchema, textSchema } from "./common.ts";

/** A month and day such as '03-30', for deadlines that fall on the same date every year. */
const monthDaySchema = z
  .string({ error: "write the yearly date as quoted 'MM-DD', such as '03-30' for 30 March" })
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/, {
    error: "write the yearly date as 'MM-DD', such as '03-30' for 30 March",
  })
  .refine(
    (value) => {
      const [month, day] = value.split("-").map(Number) as [number, number];
      // 2024 is a leap year, so 29 February is allowed; lib/schedule moves it to 28 February in other years.
      return day <= new Date(Date.UTC(2024, month, 0)).getUTCDate();
    },
    { error: (issue) => `'${String(issue.input)}' is not a day of the year: check the day and the month` },
  );

const fixedYearlyRuleSchema = z.strictObject({
  type: z.literal("fixed-yearly"),
  date: monthDaySchema,
  /** The first deadline that applies, for a duty the organisation has only just taken on. */
  firstDue: dateSchema.optional(),
});

const intervalRuleSchema = z.strictObject({
  type: z.literal("interval"),
  /** At most this many months, counted from and including the day of the last publication. */
  months: z
    .number({ error: "write the interval as a whole number of months, such as 12" })
    .int({ error: "write the interval as a whole number of months, such as 12" })
    .min(1, { error: "an interval is at least 1 month" })
    .max(120, { error: "an interval is at most 120 months (10 years)" }),
  firstDue: dateSchema.optional(),
});

const oneOffRuleSchema = z.strictObject({
  type: z.literal("one-off"),
  date: dateSchema,
});

export const scheduleRuleTypes = ["fixed-yearly", "interval", "one-off"] as const;

export const scheduleRuleSchema = z.discriminatedUnion(
  "type",
  [fixedYearlyRuleSchema, intervalRuleSchema, oneOffRuleSchema],
  {
    error: `give the rule a type: ${scheduleRuleTypes.join(", ")}`,
  },
);

const lastPublishedSchema = z.strictObject({
  date: dateSchema,
  url: linkSchema,
});

export const scheduleEntrySchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  /** The legal or local basis, such as 'Equality Act 2010 (Specific Duties and Public Authorities) Regulations 2017, reg. 4'. */
  duty: textSchema,
  rule: scheduleRuleSchema,
  lastPublished: lastPublishedSchema.optional(),
  owner: roleSchema,
});

export const DEFAULT_DUE_SOON_DAYS = 60;

export const publicationScheduleSchema = z.strictObject({
  /** How many days before a due date an entry counts as "due soon". */
  dueSoonDays: z
    .number({ error: "write the number of days, such as 60" })
    .int({ error: "write a whole number of days, such as 60" })
    .min(1, { error: "use at least 1 day" })
    .max(365, { error: "use at most 365 days" })
    .default(DEFAULT_DUE_SOON_DAYS),
  entries: z.array(scheduleEntrySchema).min(1, { error: "list at least one publication" }),
});

export type ScheduleRule = z.infer<typeof scheduleRuleSchema>;
export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;
export type PublicationScheduleFile = z.infer<typeof publicationScheduleSchema>;
