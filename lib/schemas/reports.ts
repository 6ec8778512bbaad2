/** Schema for `_data/reports.yaml`. (Being written: see issue 4.) */
import { z } from "zod";

export const reportsSchema = z.strictObject({ reports: z.array(z.unknown()).default([]) });
export type ReportsFile = z.infer<typeof reportsSchema>;
