/** The actions under each equality objective as open data, with the overdue flag their pages show. */
import { z } from "zod";
import { dateSchema } from "../schemas/common.ts";
import { actionStatuses, objectiveSchema } from "../schemas/objectives.ts";
import { defineDataset } from "./dataset.ts";

export const objectiveActionRecord = z.strictObject({
  objective: objectiveSchema.shape.id.describe("The id of the objective it is under"),
  title: z.string().describe("What will be done"),
  due: dateSchema.describe("When it is due"),
  status: z.enum(actionStatuses).describe(`How far it has got: one of ${actionStatuses.join(", ")}`),
  overdue: z
    .boolean()
    .describe("true when it was not complete and its due date had passed, on the day the data is as at"),
});

export const objectiveActionsDataset = defineDataset({
  id: "objective-actions",
  title: "Equality objectives: actions",
  description: "One record per action under an equality objective, objective by objective.",
  record: objectiveActionRecord,
  records: ({ site }) =>
    site.objectives.flatMap((objective) =>
      objective.actions.map((action) => ({
        objective: objective.id,
        title: action.title,
        due: action.due,
        status: action.status,
        overdue: action.overdue,
      })),
    ),
});
