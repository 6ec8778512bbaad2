/**
 * Schema for `_data/accessibility-statement.yaml`: the parts of the accessibility statement that are
 * the organisation's to say, following the model statement for the Public Sector Bodies (Websites and
 * Mobile Applications) (No. 2) Accessibility Regulations 2018. How the site was tested comes from the
 * gate run of each build, and how to get in touch from organisation.yaml, so neither is written here.
 */
import { z } from "zod";
import { dateSchema, idSchema, textSchema } from "./common.ts";

/** The model statement's three compliance statuses. */
export const complianceStatuses = ["fully-compliant", "partially-compliant", "not-compliant"] as const;
export type ComplianceStatus = (typeof complianceStatuses)[number];

/** The model statement's three reasons content is not accessible, in the order it lists them. */
export const inaccessibleReasons = ["non-compliance", "disproportionate-burden", "out-of-scope"] as const;
export type InaccessibleReason = (typeof inaccessibleReasons)[number];

/** A WCAG success criterion as the model statement cites it, such as '1.3.1 Info and Relationships'. */
const criterionSchema = z
  .string({ error: "write the success criterion as text, such as '1.3.1 Info and Relationships'" })
  .regex(/^[1-4]\.\d{1,2}\.\d{1,2} \S.*$/, {
    error: "write the WCAG success criterion's number then its name, such as '1.3.1 Info and Relationships'",
  });

const inaccessibleContentSchema = z
  .strictObject({
    description: textSchema,
    reason: z.enum(inaccessibleReasons, { error: `reason must be one of: ${inaccessibleReasons.join(", ")}` }),
    /** The WCAG 2.2 success criteria it fails; needed for non-compliance. */
    criteria: z.array(criterionSchema).default([]),
    /** When it will be fixed; needed for non-compliance. */
    fixBy: dateSchema.optional(),
    /** How to get the same information another way, if there is one. */
    alternative: textSchema.optional(),
  })
  .superRefine((item, context) => {
    if (item.reason !== "non-compliance") return;
    if (item.criteria.length === 0) {
      context.addIssue({
        code: "custom",
        path: ["criteria"],
        message:
          "say which WCAG 2.2 success criteria this content fails, such as criteria: ['1.3.1 Info and Relationships']",
      });
    }
    if (!item.fixBy) {
      context.addIssue({
        code: "custom",
        path: ["fixBy"],
        message: "say when it will be fixed, such as fixBy: '2027-03-31': the regulations ask for a date",
      });
    }
  });

export const accessibilityStatementSchema = z
  .strictObject({
    complianceStatus: z.enum(complianceStatuses, {
      error: `complianceStatus must be one of: ${complianceStatuses.join(", ")}`,
    }),
    nonAccessibleContent: z.array(inaccessibleContentSchema).default([]),
    /** What the organisation is doing to improve accessibility beyond the fixes listed. */
    improvements: textSchema.optional(),
    /** Testing by people, as well as the automated checks every build runs. */
    manualTesting: z.strictObject({ on: dateSchema, by: textSchema, method: textSchema }).optional(),
    /** How many working days a request for another format takes to answer. */
    responseDays: z
      .number({ error: "write the number of working days, such as 5" })
      .int({ error: "write a whole number of working days, such as 5" })
      .min(1, { error: "use at least 1 working day" })
      .max(30, { error: "use at most 30 working days" })
      .default(5),
    preparedOn: dateSchema,
    lastReviewedOn: dateSchema,
    /** The publication-schedule.yaml entry that tracks the yearly review. */
    reviewEntry: idSchema,
  })
  .superRefine((statement, context) => {
    const failures = statement.nonAccessibleContent.filter((item) => item.reason === "non-compliance").length;
    if (statement.complianceStatus === "fully-compliant" && failures > 0) {
      context.addIssue({
        code: "custom",
        path: ["complianceStatus"],
        message: `a fully compliant site has no non-compliance, but ${failures} ${failures === 1 ? "item is" : "items are"} listed: use partially-compliant, or remove the items once fixed`,
      });
    }
    if (statement.complianceStatus !== "fully-compliant" && failures === 0) {
      context.addIssue({
        code: "custom",
        path: ["nonAccessibleContent"],
        message: `a ${statement.complianceStatus} site must list what does not comply (reason: non-compliance), or say fully-compliant`,
      });
    }
    if (statement.lastReviewedOn < statement.preparedOn) {
      context.addIssue({
        code: "custom",
        path: ["lastReviewedOn"],
        message: `the statement cannot be reviewed (${statement.lastReviewedOn}) before it was prepared (${statement.preparedOn}): check both dates`,
      });
    }
  });

export type InaccessibleContent = z.infer<typeof inaccessibleContentSchema>;
export type AccessibilityStatementFile = z.infer<typeof accessibilityStatementSchema>;
