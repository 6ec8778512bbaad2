/**
 * Schema for `_data/legal-duties.yaml`: the laws behind the hub, each linked to the publications and
 * objectives that show how the organisation meets it. The wording is the organisation's own (plain
 * English varies); lib/data/integrity/legal-duties.ts checks the set is complete, every link
 * resolves, every NHS Act section belongs to this kind of organisation, and every summary is
 * markdown a summary can hold.
 */
import { z } from "zod";
import { idSchema, textSchema } from "./common.ts";
import { psedAimIds } from "./objectives.ts";

/**
 * general-equality-duty: Equality Act 2010 s.149, with its three aims.
 * specific-duty: SI 2017/353 (equality information, objectives, gender pay gap).
 * nhs-act: NHS Act 2006 duties, cited with the section in force for this organisation: a CCG's
 * from the 2012 Act, an ICB's from the 2022 Act (lib/data/integrity/nhs-act-sections.ts).
 * human-rights: Human Rights Act 1998.
 * other: anything else the organisation wants to show, such as the Armed Forces Covenant duty.
 */
export const dutyKinds = ["general-equality-duty", "specific-duty", "nhs-act", "human-rights", "other"] as const;
export type DutyKind = (typeof dutyKinds)[number];

/** Kinds that bind every ICB and CCG itself, so they are never another body's duty. */
const ownKinds: readonly DutyKind[] = ["general-equality-duty", "specific-duty", "human-rights"];

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

/** The shape before issue 14 gave both eras' numbers to every hub; it is refused with the way to the new fields. */
const oldSectionsSchema = z
  .never({
    error:
      "sections: { icb, ccg } is no longer used: write section, the number in force for this organisation (section: '14Z35' for an integrated care board, '14T' for a clinical commissioning group), and on an integrated care board's hub optionally formerSection, the CCG's number before 1 July 2022 (formerSection: '14T')",
  })
  .optional();

const dutySchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(dutyKinds, { error: `kind must be one of: ${dutyKinds.join(", ")}` }),
    title: textSchema,
    /** The Act or regulations, such as 'Equality Act 2010'. */
    law: textSchema,
    /** Where in it, such as 'section 149' or 'regulations 4 and 5'. For nhs-act duties use section. */
    provision: textSchema.optional(),
    /** The NHS Act 2006 section in force for this organisation: an ICB's '14Z35', a CCG's '14T'. */
    section: actSectionSchema.optional(),
    /** On an ICB's hub only: the CCG's section for the same duty before 1 July 2022, for readers of older papers. */
    formerSection: actSectionSchema.optional(),
    /** The body whose duty this is when it is not ours, such as 'NHS England' for section 13G. */
    owedBy: textSchema.optional(),
    sections: oldSectionsSchema,
    /**
     * What the duty asks, in plain English: markdown paragraphs, bullet or numbered lists, links
     * and inline formatting (lib/data/integrity/duty-summary.ts checks it; the view renders it).
     */
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
    const issue = (field: string, message: string) => context.addIssue({ code: "custom", path: [field], message });
    if (duty.kind === "nhs-act" && !duty.section) {
      issue(
        "section",
        "an NHS Act duty needs the section number in force for this organisation, such as section: '14Z35' for an integrated care board or '14T' for a clinical commissioning group",
      );
    }
    if (duty.kind === "nhs-act" && duty.provision) {
      issue(
        "provision",
        "an NHS Act duty gives its number in section, such as section: '14Z35': remove provision, and write anything more about the duty in its summary",
      );
    }
    if (duty.kind !== "nhs-act" && duty.section) {
      issue(
        "section",
        "section is for NHS Act 2006 duties (kind: nhs-act); for other laws write provision, such as 'section 149'",
      );
    }
    if (duty.kind !== "nhs-act" && duty.formerSection) {
      issue(
        "formerSection",
        "formerSection is for NHS Act 2006 duties (kind: nhs-act) on an integrated care board's hub; for other laws write the provision in force, and any history in the summary",
      );
    }
    if (duty.owedBy && ownKinds.includes(duty.kind)) {
      issue(
        "owedBy",
        `owedBy is for another body's duty that we support, such as NHS England's section 13G (kind: nhs-act or other); a duty of kind ${duty.kind} is our own: remove owedBy`,
      );
    }
    if (duty.owedBy && duty.formerSection) {
      issue(
        "formerSection",
        `formerSection gives our own duty its clinical commissioning group number before 1 July 2022; ${duty.owedBy}'s duty has none here: remove formerSection`,
      );
    }
    if (duty.kind === "general-equality-duty" && !duty.aims) {
      issue(
        "aims",
        "list the three aims of the general duty (s.149(1)): eliminate-discrimination, advance-equality, foster-good-relations",
      );
    }
    if (duty.kind !== "general-equality-duty" && duty.aims) {
      issue("aims", "only the general equality duty (kind: general-equality-duty) has aims: remove them here");
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
