/**
 * The accessibility statement's own parts, grouped as the model statement orders them. How the
 * site was tested is added to the built page from the gate's results (lib/build/gate-results.ts).
 */
import type { ScheduleRow } from "../schedule/types.ts";
import type {
  AccessibilityStatementFile,
  InaccessibleContent,
  InaccessibleReason,
} from "../schemas/accessibility-statement.ts";

export interface AccessibilityStatementView extends Omit<AccessibilityStatementFile, "nonAccessibleContent"> {
  /** Every reason, in the model statement's order, even when nothing is listed under it ("None"). */
  nonAccessibleContent: Record<InaccessibleReason, InaccessibleContent[]>;
  /** The schedule row for the yearly review: its next due date and status. */
  review: ScheduleRow | undefined;
}

export function buildAccessibilityStatementView(
  statement: AccessibilityStatementFile,
  schedule: ScheduleRow[],
): AccessibilityStatementView {
  const byReason = (reason: InaccessibleReason) =>
    statement.nonAccessibleContent.filter((item) => item.reason === reason);
  return {
    ...statement,
    nonAccessibleContent: {
      "non-compliance": byReason("non-compliance"),
      "disproportionate-burden": byReason("disproportionate-burden"),
      "out-of-scope": byReason("out-of-scope"),
    },
    review: schedule.find((row) => row.entry.id === statement.reviewEntry),
  };
}
