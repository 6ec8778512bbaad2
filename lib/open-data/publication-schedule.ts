/**
 * The publication schedule as open data: one record per entry, with the due date and status the
 * schedule page shows (lib/schedule, through the site data), worked out for the day the data is as
 * at. None of them is in publication-schedule.yaml: they are derived.
 */
import { z } from "zod";
import { describeRule, scheduleStatusLabel } from "../schedule/derive.ts";
import { scheduleStatuses } from "../schedule/types.ts";
import { dateSchema, httpsUrlSchema } from "../schemas/common.ts";
import { scheduleEntryKinds, scheduleEntrySchema } from "../schemas/publication-schedule.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { defineDataset } from "./dataset.ts";

const entry = scheduleEntrySchema.shape;

export const scheduleRecord = z.strictObject({
  id: entry.id.describe("The entry's id, also its place on the schedule page (#id)"),
  kind: z
    .enum(scheduleEntryKinds)
    .describe("publication (something we publish) or duty (something we do, such as a yearly review)"),
  title: entry.title.describe("What is published or done"),
  requiredBy: entry.duty.describe("The law or local commitment that requires it"),
  owner: entry.owner.describe("The role responsible for it"),
  rule: z.string().describe("How often it is due, in words, such as 'Every year by 30 March'"),
  status: z
    .enum(scheduleStatuses)
    .describe(
      "Worked out for the day the data is as at: published (up to date; for a duty, done), due-soon, overdue or upcoming",
    ),
  statusLabel: z.string().describe("The status as the schedule page shows it, such as 'Due soon' or 'Done'"),
  dueDate: dateSchema.describe("The deadline that matters: the one missed when overdue, otherwise the next"),
  dueAfterClosing: z
    .boolean()
    .describe("true when that deadline falls after the organisation closed, so it never fell due"),
  latest: z
    .enum(["done", "planned", "none"])
    .describe("The last publication: done (it is out), planned (a date still to come) or none yet"),
  latestDate: dateSchema.nullable().describe("When it was last published or done, or is planned for; empty if never"),
  latestLate: z
    .boolean()
    .nullable()
    .describe("true when that was after the deadline of the cycle it covers; empty if never"),
  latestUrl: httpsUrlSchema.nullable().describe("Where the last publication is; empty if none, or not out yet"),
});

export const scheduleDataset = defineDataset({
  id: "publication-schedule",
  title: "Publication schedule",
  description: "One record per publication or duty in our publication schedule, soonest deadline first.",
  record: scheduleRecord,
  records: ({ site }) =>
    site.schedule.map((row) => {
      const { latest } = row;
      const done = latest.state !== "none" ? latest : undefined;
      return {
        id: row.entry.id,
        kind: row.entry.kind ?? "publication",
        title: row.entry.title,
        requiredBy: row.entry.duty,
        owner: row.entry.owner,
        rule: describeRule(row.entry.rule, row.entry.kind),
        status: row.status,
        statusLabel: scheduleStatusLabel(row.status, row.entry.kind),
        dueDate: row.dueDate,
        dueAfterClosing: row.dueAfterClosing,
        latest: latest.state,
        latestDate: done?.date ?? null,
        latestLate: done?.late ?? null,
        latestUrl: done?.url === undefined ? null : absoluteUrl(done.url, site.organisation.siteUrl),
      };
    }),
});
