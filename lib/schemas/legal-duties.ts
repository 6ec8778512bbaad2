/**
 * Schema for `_data/legal-duties.yaml`: the laws behind the hub, each linked to the publications and
 * objectives that show how the organisation meets it. The wording is the organisation's own (plain
 * English varies); lib/data/integrity.ts checks the set is complete and every link resolves.
 */
import { z } from "zod";
import { idSchema, textSchema } from "./common.ts";
import { psedAimIds } from "./objectives.ts";

/**
 * general-equality-duty: Equality Act 2010 s.149, with its three aims.
 * specific-duty: SI 2017/353 (equality information, objectives, gender pay gap).
 * nhs-act: NHS Act 2006 duties, numbered differently for CCGs (2012 Act) and ICBs (2022 Act).
 * human-rights: Human Rights Act 1998.
 * other: anything else the organisation wants to show, such as the Armed Forces Covenant duty.
 */
export const dutyKinds = ["general-equality-duty", "specific-duty", "nhs-act", "human-rights", "other"] as const;
export type DutyKind = (typeof dutyKinds)[number];

/** A section of the NHS Act 2006 as it is cited, such as '14Z35' or '14T'. */
const actSectionSchema = z
  .string({ error: "write the section number as quoted text, such as '14Z35'" })
  .regex(/^\d{1,3}[A-Z]{0,2}\d{0,3}$/, {
    error: "write just the section number, such as '14Z35' or '14T' (no 's.' or 'section')",
  });

const aimSchema = z.strictObject({
  id: z.enum(psedAimIds, { error: `use one of the three aims of s.149(1): ${psedAimIds.join(", ")}` }),
  /** A short name, such as 'Advance equality of opportunity'. */
  name: textSchema,
  description: textSchema,
});

const dutySchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(dutyKinds, { error: `kind must be one of: ${dutyKinds.join(", ")}` }),
    title: textSchema,
    /** The Act or regulations, such as 'Equality Act 2010'. */
    law: textSchema,
    /** Where in it, such as 'section 149' or 'regulations 4 and 5'. For nhs-act duties use sections. */
    provision: textSchema.optional(),
    /** NHS Act 2006 section numbers: as an ICB (Health and Care Act 2022) and as a CCG before 1 July 2022. */
    sections: z.strictObject({ icb: actSectionSchema, ccg: actSectionSchema }).optional(),
    summary: textSchema,
    /** The general duty's three aims, in the order of s.149(1). */
    aims: z.array(aimSchema).optional(),
    /** How the organisation shows it meets the duty: ids in publication-schedule.yaml and objectives.yaml. */
    metBy: z
      .strictObject({
        schedule: z.array(idSchema).default([]),
        objectives: z.array(idSchema).default([]),
      })
      .default({ schedule: [], objectives: [] }),
  })
  .superRefine((duty, context) => {
    if (duty.kind === "nhs-act" && !duty.sections) {
      context.addIssue({
        code: "custom",
        path: ["sections"],
        message:
          "an NHS Act duty needs both section numbers, such as sections: { icb: '14Z35', ccg: '14T' }, because readers meet both in older papers",
      });
    }
    if (duty.kind !== "nhs-act" && duty.sections) {
      context.addIssue({
        code: "custom",
        path: ["sections"],
        message:
          "sections are for NHS Act 2006 duties (kind: nhs-act); for other laws write provision, such as 'section 149'",
      });
    }
    if (duty.kind === "general-equality-duty" && !duty.aims) {
      context.addIssue({
        code: "custom",
        path: ["aims"],
        message:
          "list the three aims of the general duty (s.149(1)): eliminate-discrimination, advance-equality, foster-good-relations",
      });
    }
    if (duty.kind !== "general-equality-duty" && duty.aims) {
      context.addIssue({
        code: "custom",
        path: ["aims"],
        message: "only the general equality duty (kind: general-equality-duty) has aims: remove them here",
      });
    }
  });

export const legalDutiesSchema = z.strictObject({
  duties: z.array(dutySchema).min(1, { error: "list the legal duties, starting with the public sector equality duty" }),
});

/** Every hub explains these; integrity checks that each kind appears. */
export const requiredDutyKinds: readonly DutyKind[] = [
  "general-equality-duty",
  "specific-duty",
  "nhs-act",
  "human-rights",
];

export type LegalDuty = z.infer<typeof dutySchema>;
export type PsedAim = z.infer<typeof aimSchema>;
export type LegalDutiesFile = z.infer<typeof legalDutiesSchema>;
