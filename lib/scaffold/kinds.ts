/** Which function makes each kind of data entry `npm run new` adds (a page is made in page.ts). */
import { newConsultation } from "./consultation.ts";
import type { ScaffoldEntry } from "./entry.ts";
import type { ScaffoldInput } from "./input.ts";
import type { NewKind } from "./new-options.ts";
import { newObjective } from "./objective.ts";
import { newPolicy } from "./policy.ts";
import { newReport } from "./report.ts";

export const ENTRY_MAKERS: Record<Exclude<NewKind, "page">, (input: ScaffoldInput) => ScaffoldEntry> = {
  policy: newPolicy,
  objective: newObjective,
  consultation: newConsultation,
  report: newReport,
};
