/**
 * Schema for `_data/publication-schedule.yaml`: the statutory and local publications the
 * organisation must keep up to date, and the duties that are done rather than published (a yearly
 * board review). Each entry has one rule; lib/schedule derives the next due date and a status from
 * it, from what the last publication covers, and from "today".
 */
import { z } from "zod";
import { dateSchema, idSchema, linkSchema, roleSchema, textSchema } from "./common.ts";
import { coversSchema } from "./cycle.ts";

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

const intervalRuleSchema = z
  .strictObject({
    type: z.literal("interval"),
    /** At most this many months, counted from and including the day of the last publication. */
    months: z
      .number({ error: "write the interval as a whole number of months, such as 12" })
      .int({ error: "write the interval as a whole number of months, such as 12" })
      .min(1, { error: "an interval is at least 1 month" })
      .max(120, { error: "an interval is at most 120 months (10 years)" })
      .optional(),
    /** The same in years, for rules the law or the NHS words in years ("every 3 years"). */
    years: z
      .number({ error: "write the interval as a whole number of years, such as 3" })
      .int({ error: "write the interval as a whole number of years, such as 3" })
      .min(1, { error: "an interval is at least 1 year" })
      .max(10, { error: "an interval is at most 10 years" })
      .optional(),
    firstDue: dateSchema.optional(),
  })
  .superRefine((rule, context) => {
    if (rule.months !== undefined && rule.years !== undefined) {
      context.addIssue({
        code: "custom",
        path: ["years"],
        message: `give the interval once, in months or in years: remove months: ${rule.months} or years: ${rule.years}`,
      });
    }
    if (rule.months === undefined && rule.years === undefined) {
      context.addIssue({
        code: "custom",
        path: ["months"],
        message: "how long the interval is, in months (months: 12) or in years (years: 3)",
      });
    }
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

/** What a last publication (or a duty last done) has in common. */
const lastTimeFields = {
  date: dateSchema,
  /** The cycle it is for: a late publication is late for this cycle, not early for the next. */
  covers: coversSchema.optional(),
  /** A date still to come: it is planned, and counts once the day has come. */
  scheduled: z.boolean({ error: "write scheduled: true for a publication that is planned but not out yet" }).optional(),
};

const lastPublishedSchema = z.strictObject({ ...lastTimeFields, url: linkSchema });

/** A duty done (a board review) may have no page to link to, such as minutes not yet online. */
const lastDoneSchema = z.strictObject({ ...lastTimeFields, url: linkSchema.optional() });

/** publication: something the organisation publishes; duty: something it does, such as a review. */
export const scheduleEntryKinds = ["publication", "duty"] as const;
export type ScheduleEntryKind = (typeof scheduleEntryKinds)[number];

export const scheduleEntrySchema = z
  .strictObject({
    id: idSchema,
    /** Default publication; kept optional so entries written before duties existed read the same. */
    kind: z.enum(scheduleEntryKinds, { error: `kind must be one of: ${scheduleEntryKinds.join(", ")}` }).optional(),
    title: textSchema,
    /** The legal or local basis, such as 'Equality Act 2010 (Specific Duties and Public Authorities) Regulations 2017, reg. 4'. */
    duty: textSchema,
    rule: scheduleRuleSchema,
    lastPublished: lastPublishedSchema.optional(),
    lastDone: lastDoneSchema.optional(),
    owner: roleSchema,
  })
  .superRefine((entry, context) => {
    if (entry.kind === "duty" && entry.lastPublished !== undefined) {
      context.addIssue({
        code: "custom",
        path: ["lastPublished"],
        message: "a duty is done, not published: write lastDone (with its date) instead of lastPublished",
      });
    }
    if (entry.kind !== "duty" && entry.lastDone !== undefined) {
      context.addIssue({
        code: "custom",
        path: ["lastDone"],
        message:
          "lastDone is for a duty that is done rather than published: add kind: duty, or write lastPublished (with its date and url)",
      });
    }
  });

export type LastTime = z.infer<typeof lastDoneSchema>;

/** The last publication, or the last time a duty was done: whichever the entry's kind records. */
export function lastTimeOf(entry: ScheduleEntry): LastTime | undefined {
  return entry.lastPublished ?? entry.lastDone;
}

/** The field that holds it, for messages that point at it. */
export function lastTimeField(entry: ScheduleEntry): "lastPublished" | "lastDone" {
  return entry.kind === "duty" ? "lastDone" : "lastPublished";
}

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
