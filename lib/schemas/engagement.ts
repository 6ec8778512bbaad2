/** Schema for `_data/engagement.yaml`. (Being written: see issue 4.) */
import { z } from "zod";

export const engagementSchema = z.strictObject({ engagements: z.array(z.unknown()).default([]) });
export type EngagementFile = z.infer<typeof engagementSchema>;
