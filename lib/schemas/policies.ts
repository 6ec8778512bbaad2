/** Schema for `_data/policies.yaml`. (Being written: see issue 4.) */
import { z } from "zod";

export const policiesSchema = z.strictObject({ policies: z.array(z.unknown()).default([]) });
export type PoliciesFile = z.infer<typeof policiesSchema>;
