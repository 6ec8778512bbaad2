/**
 * Schema for `_data/engagement.yaml`: the engagement and consultations we run, whose views we
 * want, how to respond and, once they close, what we heard and what we did about it. Readers see
 * each one's status (upcoming, open, closed, outcome published), worked out at build time from
 * its dates and today (lib/site-data/engagement-view.ts), so the file never says it. Old records
 * may leave out the opening day; one not yet closed may not (lib/data/integrity/engagement.ts).
 */
import { z } from "zod";
import { dateSchema, emailSchema, idSchema, linkSchema, phoneSchema, textSchema } from "./common.ts";
import { documentSchema } from "./document.ts";

/** A consultation asks for views on a proposal; engagement is an ongoing conversation. */
export const engagementKinds = ["engagement", "consultation"] as const;
export type EngagementKind = (typeof engagementKinds)[number];

const respondSchema = z
  .strictObject({
    /** In words, such as "Fill in our survey, or come to one of our drop-in sessions". */
    how: textSchema,
    /** The online survey or response form. */
    url: linkSchema.optional(),
    email: emailSchema.optional(),
    phone: phoneSchema.optional(),
  })
  // Words alone leave a reader with nowhere to send their views.
  .refine((respond) => respond.url !== undefined || respond.email !== undefined || respond.phone !== undefined, {
    error: "add at least one way to respond: url (the online survey), email or phone",
  });

const groupsSchema = z
  .strictObject({
    /** Ids from protected-characteristics.yaml; checked in lib/data/integrity/engagement.ts. */
    characteristics: z.array(idSchema).default([]),
    /** Groups we hear from less often, in the organisation's own words, such as 'carers'. */
    seldomHeard: z.array(textSchema).default([]),
  })
  .refine((groups) => groups.characteristics.length + groups.seldomHeard.length > 0, {
    error:
      "name at least one group whose views we want: a protected characteristic id such as 'disability' under characteristics, or a group such as 'carers' under seldomHeard",
  });

const outcomeSchema = z.strictObject({
  /** The outcome shows once this day comes, so it can be written ahead of time. */
  publishedOn: dateSchema,
  weHeard: textSchema,
  weDid: textSchema,
  /** The full outcome or consultation response report. */
  report: documentSchema.optional(),
});

/** A time of day on the 24-hour clock, '00:00' to '23:59'. */
const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** '5pm' as '17:00', for an editor who wrote the time as it is spoken. */
function twentyFourHour(value: string): string | undefined {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?$/i.exec(value);
  if (!match) return undefined;
  const [, hours = "", minutes = "00", half = ""] = match;
  if (Number(hours) < 1 || Number(hours) > 12 || Number(minutes) > 59) return undefined;
  const hour = (Number(hours) % 12) + (half.toLowerCase() === "p" ? 12 : 0);
  return `${String(hour).padStart(2, "0")}:${minutes}`;
}

const MIDNIGHT =
  "midnight could be the start or the end of the closing day: for the end of the day, write '23:59'; if it closed as the day began, make 'closes' the day before and write '23:59'";

/**
 * The time of day it closes, 24-hour 'HH:MM' in Europe/London, such as '17:00'. Midnight is
 * refused as ambiguous (docs/content-model.md): '23:59' is the end of the closing day.
 */
const closesAtSchema = z
  .string({ error: "write the closing time as quoted 24-hour text, such as '17:00' for 5pm" })
  .refine((value) => CLOCK.test(value) && value !== "00:00", {
    error: (issue) => {
      const value = String(issue.input).trim();
      if (/^(?:00:00|24:00|midnight|12\s*a\.?m\.?)$/i.test(value)) return MIDNIGHT;
      const meant = twentyFourHour(value);
      return meant
        ? `write the closing time as 24-hour 'HH:MM': '${value}' is '${meant}'`
        : `'${value}' is not a time of day: write it as 24-hour 'HH:MM', such as '17:00' for 5pm or '23:59' for the end of the day`;
    },
  });

export const engagementItemSchema = z
  .strictObject({
    id: idSchema,
    title: textSchema,
    kind: z.enum(engagementKinds, { error: `kind must be one of: ${engagementKinds.join(", ")}` }),
    summary: textSchema,
    /** The first day people can respond. A record of an old consultation may leave it out. */
    opens: dateSchema.optional(),
    /** The last day views are taken; it can be the opening day, for a one-day event. */
    closes: dateSchema,
    /** When on its closing day it closes; without it, at the end of the day. */
    closesAt: closesAtSchema.optional(),
    respond: respondSchema,
    groups: groupsSchema,
    /** What to read before responding: the proposal, an Easy Read version. */
    documents: z.array(documentSchema).default([]),
    outcome: outcomeSchema.optional(),
  })
  // Dates are YYYY-MM-DD, so they compare as text.
  .refine((item) => item.opens === undefined || item.closes >= item.opens, {
    error: (issue) => {
      const { opens, closes } = issue.input as { opens: string; closes: string };
      return `closes (${closes}) is before opens (${opens}): the closing date must be on or after the opening date; check the day, month and year of both`;
    },
    path: ["closes"],
  })
  .refine((item) => item.outcome === undefined || item.outcome.publishedOn >= item.closes, {
    error: (issue) => {
      const { closes, outcome } = issue.input as { closes: string; outcome: { publishedOn: string } };
      return `the outcome is published on ${outcome.publishedOn}, before this closes on ${closes}: what we heard can only be published once it has closed, so set publishedOn to ${closes} or later`;
    },
    path: ["outcome", "publishedOn"],
  });

/** The Cabinet Office consultation principles (2018) ask for a response within 12 weeks. */
const DEFAULT_OUTCOME_WEEKS = 12;

export const engagementSchema = z.strictObject({
  /**
   * How long after closing the page says "we are considering what we heard"; after that, with no
   * outcome, it says none has been published (lib/site-data/engagement-view.ts).
   */
  outcomeExpectedWithinWeeks: z
    .number({ error: "write the number of weeks as a number, such as 12" })
    .int({ error: "write a whole number of weeks, such as 12" })
    .min(1, { error: "give at least 1 week" })
    .max(104, { error: "give at most 104 weeks (2 years): an outcome expected later than that is not coming" })
    .default(DEFAULT_OUTCOME_WEEKS),
  engagements: z.array(engagementItemSchema).default([]),
});

export type Engagement = z.infer<typeof engagementItemSchema>;
export type EngagementOutcome = z.infer<typeof outcomeSchema>;
export type EngagementFile = z.infer<typeof engagementSchema>;
