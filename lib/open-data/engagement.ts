/**
 * Engagement and consultations as open data: one record per engagement or consultation, with the
 * status its page shows (lib/site-data/engagement-view.ts), worked out from its dates.
 */
import { z } from "zod";
import { dateSchema, httpsUrlSchema, idSchema } from "../schemas/common.ts";
import { engagementItemSchema, engagementKinds } from "../schemas/engagement.ts";
import { engagementStatuses } from "../site-data/engagement-view.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { defineDataset } from "./dataset.ts";

const item = engagementItemSchema.shape;

export const engagementRecord = z.strictObject({
  id: item.id.describe("Its id, also the last part of its page's address"),
  title: item.title.describe("Its title"),
  kind: z.enum(engagementKinds).describe("consultation (views on a proposal) or engagement (an ongoing conversation)"),
  status: z
    .enum(engagementStatuses)
    .describe(
      `Worked out from its dates and the day of the build, as its page is: one of ${engagementStatuses.join(", ")}`,
    ),
  summary: item.summary.describe("What it is about"),
  opens: dateSchema
    .nullable()
    .describe("The first day people could respond; empty for an old record that does not say"),
  closes: item.closes.describe("The last day views were taken"),
  closesAt: z
    .string()
    .nullable()
    .describe("The time it closes on its last day, 24-hour HH:MM; empty for the end of the day"),
  characteristics: z.array(idSchema).describe("The protected characteristics whose views it sought, by id"),
  seldomHeard: z.array(z.string()).describe("Other groups whose views it sought, in our words"),
  outcomePublishedOn: dateSchema
    .nullable()
    .describe("When we published what we heard and what we did; empty until then"),
  page: httpsUrlSchema.describe("Its page on this hub"),
});

export const engagementDataset = defineDataset({
  id: "engagement",
  title: "Engagement and consultations",
  description:
    "One record per engagement or consultation: open ones first (closing soonest first), then upcoming, then closed (most recent first).",
  record: engagementRecord,
  records: ({ site }) =>
    site.engagement.engagements.map((engagement) => ({
      id: engagement.id,
      title: engagement.title,
      kind: engagement.kind,
      status: engagement.status,
      summary: engagement.summary,
      opens: engagement.opens ?? null,
      closes: engagement.closes,
      closesAt: engagement.closesAt ?? null,
      characteristics: engagement.characteristics.map((characteristic) => characteristic.id),
      seldomHeard: engagement.seldomHeard,
      outcomePublishedOn: engagement.outcome?.publishedOn ?? null,
      page: absoluteUrl(`/engagement/${engagement.id}/`, site.organisation.siteUrl),
    })),
});
