/**
 * Schema for `_data/engagement.yaml`: the engagement and consultations we run, whose views we
 * want, how to respond and, once they close, what we heard and what we did about it. Readers see
 * each one's status (upcoming, open, closed, outcome published), worked out at build time from
 * its dates and today (lib/site-data/engagement-view.ts), so the file never says it.
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

export const engagementItemSchema = z
  .strictObject({
    id: idSchema,
    title: textSchema,
    kind: z.enum(engagementKinds, { error: `kind must be one of: ${engagementKinds.join(", ")}` }),
    summary: textSchema,
    opens: dateSchema,
    /** The last day views are taken; it can be the opening day, for a one-day event. */
    closes: dateSchema,
    respond: respondSchema,
    groups: groupsSchema,
    /** What to read before responding: the proposal, an Easy Read version. */
    documents: z.array(documentSchema).default([]),
    outcome: outcomeSchema.optional(),
  })
  // Dates are YYYY-MM-DD, so they compare as text.
  .refine((item) => item.closes >= item.opens, {
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

export const engagementSchema = z.strictObject({
  engagements: z.array(engagementItemSchema).default([]),
});

export type Engagement = z.infer<typeof engagementItemSchema>;
export type EngagementOutcome = z.infer<typeof outcomeSchema>;
export type EngagementFile = z.infer<typeof engagementSchema>;
