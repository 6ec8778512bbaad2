/**
 * Schema for `_data/organisation.yaml`: who publishes the hub and how to reach them. One
 * organisation, or a joint hub: a partnership's name with its member organisations listed under
 * `members` (several CCGs often published one strategy). Cross-checks (unique ODS codes, members'
 * closing dates against `ceased`) are in lib/data/integrity/organisation.ts.
 */
import { z } from "zod";
import { dateSchema, emailSchema, httpsUrlSchema, phoneSchema, textSchema } from "./common.ts";

export const organisationTypes = ["ICB", "CCG"] as const;
export type OrganisationType = (typeof organisationTypes)[number];

/**
 * How many people an organisation employs, in the bands the employer duties turn on (SI 2017/353):
 * from 150 its equality information covers its employees (reg. 4), from 250 it publishes a gender
 * pay gap report (reg. 3). Never assumed: a single organisation must say, so no page claims a duty
 * that does not apply, or leaves one out that does.
 */
export const employeeBands = ["under-150", "150-249", "250-or-more"] as const;
export type EmployeeBand = (typeof employeeBands)[number];

const employeesSchema = z.enum(employeeBands, {
  error: `say how many people it employs: use one of ${employeeBands.map((band) => `'${band}'`).join(", ")}`,
});

/** Organisation Data Service code, such as 'QZX' for an ICB or '99X' for a CCG. */
const odsCodeSchema = z.string({ error: "write the ODS code as quoted text, such as 'QZX'" }).regex(/^[A-Z0-9]{3,5}$/, {
  error: "an ODS code is 3 to 5 capital letters or digits, such as 'QZX'",
});

/** The other formats people can ask for, in the order the site lists them. */
export const alternativeFormats = [
  "easy-read",
  "british-sign-language",
  "large-print",
  "audio",
  "braille",
  "interpreter",
  "text-relay",
] as const;
export type AlternativeFormat = (typeof alternativeFormats)[number];

const postalAddressSchema = z.strictObject({
  lines: z.array(textSchema).min(1, { error: "give at least one address line" }),
  postcode: z
    .string({ error: "write the postcode as text, such as 'LS1 4HR'" })
    .regex(/^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/, {
      error: "write a UK postcode in capitals, such as 'LS1 4HR'",
    }),
});

const contactSchema = z.strictObject({
  email: emailSchema,
  phone: phoneSchema,
  address: postalAddressSchema,
});

const teamContactSchema = z.strictObject({
  team: textSchema,
  email: emailSchema,
  phone: phoneSchema.optional(),
});

const alternativeFormatsContactSchema = z.strictObject({
  email: emailSchema,
  phone: phoneSchema,
  /** The number to dial through Relay UK, for people who are deaf or speech-impaired. */
  textRelay: z
    .string({ error: "write the Relay UK number as quoted text, such as '18001 0113 496 0000'" })
    .regex(/^18001 [0-9 ]{10,14}$/, {
      error: "write the Relay UK number as '18001' followed by the phone number, such as '18001 0113 496 0000'",
    })
    .optional(),
  /** The formats offered; all of them unless the organisation says otherwise. */
  formats: z
    .array(z.enum(alternativeFormats, { error: `use the formats: ${alternativeFormats.join(", ")}` }))
    .min(1, { error: "offer at least one other format" })
    .default([...alternativeFormats]),
});

/**
 * When the organisation closed and who took over, such as a CCG on 1 July 2022 and its ICB. Every
 * page then says so and links the successor; redirects.yaml sends old addresses on.
 */
const ceasedSchema = z.strictObject({
  /** The day it closed (was abolished), such as '2022-07-01' for CCGs; the banner shows from then. */
  closedOn: dateSchema,
  successor: z.strictObject({
    name: textSchema,
    url: httpsUrlSchema,
    /** The integrated care system the successor belongs to, such as 'Wealdmoor Health and Care Partnership'. */
    system: z.strictObject({ name: textSchema, url: httpsUrlSchema }).optional(),
  }),
  /** The banner's own closing words, instead of "This website is kept as a record and is no longer updated." */
  message: textSchema.optional(),
});

/** One organisation of a joint hub, such as one of six CCGs that published one strategy. */
const memberSchema = z.strictObject({
  name: textSchema,
  /** A shorter name for sentences that name the member: 'NHS North Wealdshire CCG employs fewer than 250 people'. */
  shortName: textSchema.optional(),
  /** Default: the hub's `type`; if given, it must be the same (integrity/organisation.ts). */
  type: z.enum(organisationTypes, { error: "type must be 'ICB' or 'CCG'" }).optional(),
  odsCode: odsCodeSchema,
  /** Default: the hub's `employees`. Each member is its own employer, so the duties are worked out for each. */
  employees: employeesSchema.optional(),
  /** The day this member closed, where that was before the hub's `ceased.closedOn` (a CCG merged into another). */
  closedOn: dateSchema.optional(),
});

export const organisationSchema = z
  .strictObject({
    /** The organisation's full name or, for a joint hub, the partnership's, such as 'Wealdshire CCGs'. */
    name: textSchema,
    /** Used in the header and page titles where the full name is too long. */
    shortName: textSchema,
    /** In a joint hub, the type of all its members. */
    type: z.enum(organisationTypes, { error: "type must be 'ICB' or 'CCG'" }),
    /** A single organisation's code; a joint hub gives each member's instead. */
    odsCode: odsCodeSchema.optional(),
    /** A single organisation's staff headcount band; in a joint hub, the band of every member that gives none. */
    employees: employeesSchema.optional(),
    /** The organisations of a joint hub, which share its data: at least one. */
    members: z.array(memberSchema).min(1, { error: "list at least one member, or leave 'members' out" }).optional(),
    siteUrl: httpsUrlSchema,
    contact: contactSchema,
    equalityContact: teamContactSchema,
    alternativeFormatsContact: alternativeFormatsContactSchema,
    ceased: ceasedSchema.optional(),
  })
  // Runs even when other fields are wrong, so every problem is reported together.
  .superRefine(checkWhoPublishes, { when: (payload) => isRecord(payload.value) });

export type Organisation = z.infer<typeof organisationSchema>;
export type Member = z.infer<typeof memberSchema>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A single organisation gives its own ODS code and headcount band; a joint hub gives each member's
 * (its `employees` may stand for all of them), and has no ODS code of its own.
 */
function checkWhoPublishes(value: unknown, ctx: z.RefinementCtx): void {
  if (!isRecord(value)) return;
  const bands = `use one of ${employeeBands.map((band) => `'${band}'`).join(", ")}`;
  if (!Array.isArray(value.members)) {
    if (value.odsCode === undefined)
      ctx.addIssue({ code: "custom", path: ["odsCode"], message: "the organisation's ODS code, such as 'QZX'" });
    if (value.employees === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["employees"],
        message: `how many people the organisation employs, which decides its employer duties: ${bands}`,
      });
    return;
  }
  if (value.odsCode !== undefined)
    ctx.addIssue({
      code: "custom",
      path: ["odsCode"],
      message:
        "a joint hub has no ODS code of its own: give each member its 'odsCode' under 'members', and remove this one",
    });
  if (value.employees !== undefined) return;
  value.members.forEach((member, index) => {
    if (isRecord(member) && member.employees === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["members", index, "employees"],
        message: `how many people this member employs: ${bands}; or give 'employees' once, at the top of the file, for every member`,
      });
  });
}
