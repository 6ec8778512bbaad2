/**
 * Schema for `_data/organisation.yaml`: who publishes the hub and how to reach them. One
 * organisation, or a joint hub: a partnership's name with its member organisations listed under
 * `members` (several CCGs often published one strategy). Cross-checks (unique ODS codes, members'
 * closing dates against `ceased`) are in lib/data/integrity/organisation.ts.
 */
import { z } from "zod";
import { normaliseBasePath } from "../site-paths/base-path.ts";
import { cmsSettingsSchema } from "./cms.ts";
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

/** The usual other formats people can ask for; `formats` lists them in the order the site does. */
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

const formatIdSchema = z.enum(alternativeFormats, { error: `use the formats: ${alternativeFormats.join(", ")}` });

/**
 * A format with more to say: one of the usual ones with details (`format: braille`), one the
 * organisation names itself (`name: Clear Information`), or a translation (`language: Polish`).
 * Exactly one of the three, so the site knows which it is.
 */
const formatEntrySchema = z
  .strictObject({
    format: formatIdSchema.optional(),
    name: textSchema.optional(),
    language: textSchema.optional(),
    /** Such as 'Grade 1 or Grade 2' for Braille; shown after the format on the contact page. */
    details: textSchema.optional(),
  })
  .superRefine((entry, ctx) => {
    const given = (["format", "name", "language"] as const).filter((key) => entry[key] !== undefined);
    if (given.length === 1) return;
    ctx.addIssue({
      code: "custom",
      path: given.length === 0 ? [] : [given[1] as string],
      message:
        given.length === 0
          ? "say which format this is: 'format' (one of the usual ones, such as 'braille'), 'name' (another format, such as 'Clear Information') or 'language' (a translation, such as 'Polish')"
          : `give only one of 'format', 'name' and 'language' in each item (this one has ${given.map((key) => `'${key}'`).join(" and ")}): list each format as an item of its own`,
    });
  });

/** A plain id such as `braille`, or a group of fields (formatEntrySchema). */
const formatSchema = z.union([z.string().pipe(formatIdSchema), formatEntrySchema], {
  error: "give a format such as 'braille', or a group with 'format', 'name' or 'language' and, if you like, 'details'",
});
export type FormatEntry = z.infer<typeof formatSchema>;

const postalAddressSchema = z.strictObject({
  lines: z.array(textSchema).min(1, { error: "give at least one address line" }),
  postcode: z
    .string({ error: "write the postcode as text, such as 'LS1 4HR'" })
    .regex(/^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/, {
      error: "write a UK postcode in capitals, such as 'LS1 4HR'",
    }),
});

/** One of several numbers, each saying what it is for, such as 'Switchboard'. */
const labelledPhoneSchema = z.strictObject({
  label: textSchema,
  number: phoneSchema,
});

/** `phone` for one number, or `phones` for several with a label each: never both. */
const phoneFields = {
  phone: phoneSchema.optional(),
  phones: z
    .array(labelledPhoneSchema)
    .min(1, { error: "list at least one number, each with its 'label' and 'number', or give one as 'phone'" })
    .optional(),
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A refinement runs even when other fields are wrong, so every problem is reported together. */
const evenWithOtherErrors = { when: (payload: { value: unknown }) => isRecord(payload.value) };

/** `phone` or `phones`, not both; `required`: one of them must be given. */
function onePhoneField(required: boolean) {
  return (value: unknown, ctx: z.RefinementCtx) => {
    if (!isRecord(value)) return;
    if (value.phone !== undefined && value.phones !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["phone"],
        message:
          "give either 'phone' (one number) or 'phones' (several, each with a 'label'), not both: move this number into 'phones' with its label, and remove 'phone'",
      });
    else if (required && value.phone === undefined && value.phones === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["phone"],
        message:
          "a UK number such as '0113 496 0000'; or, for several numbers, 'phones', each with a 'label' and 'number'",
      });
  };
}

const contactSchema = z
  .strictObject({ email: emailSchema, ...phoneFields, address: postalAddressSchema })
  .superRefine(onePhoneField(true), evenWithOtherErrors);

const teamContactSchema = z
  .strictObject({ team: textSchema, email: emailSchema, ...phoneFields })
  .superRefine(onePhoneField(false), evenWithOtherErrors);

const relayNumberSchema = z
  .string({ error: "write the text relay number as quoted text, such as '18001 0113 496 0000'" })
  .regex(/^1800[12] [0-9 ]{10,14}$/, {
    error:
      "write the text relay number as people dial it: '18001' followed by the phone number, such as '18001 0113 496 0000' ('18002' to reach a textphone)",
  });

/**
 * The number to dial through a text relay service, for people who are deaf or speech-impaired.
 * Written alone it is a Relay UK number; as a group it names the service, such as an older
 * record's 'Next Generation Text Service' (Relay UK's name until 2019).
 */
const textRelaySchema = z.union([
  relayNumberSchema.transform((number) => ({ service: "Relay UK", number })),
  z.strictObject({ service: textSchema.default("Relay UK"), number: relayNumberSchema }),
]);

const alternativeFormatsContactSchema = z
  .strictObject({
    email: emailSchema,
    ...phoneFields,
    textRelay: textRelaySchema.optional(),
    /** The formats offered; all the usual ones unless the organisation says otherwise. */
    formats: z
      .array(formatSchema)
      .min(1, { error: "offer at least one other format" })
      .default([...alternativeFormats]),
  })
  .superRefine(onePhoneField(true), evenWithOtherErrors);

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

/**
 * The licence the hub's open data (/data/) is published under, when it is not the Open Government
 * Licence v3.0 (lib/open-data/licence.ts), such as a Creative Commons licence.
 */
const dataLicenceSchema = z.strictObject(
  {
    name: textSchema,
    url: httpsUrlSchema,
  },
  {
    error:
      "give the open data licence as its name and address, such as name: 'Open Government Licence v3.0' and url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/', or leave dataLicence out for that licence",
  },
);

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

/**
 * Where the hub is published. A path ('https://www.example-icb.nhs.uk/equality/') is the folder of
 * the main site the hub lives in, so it must be a plain one: no query, fragment or '..', and only
 * letters, digits, '-', '_', '.' and '/', as a base path (lib/site-paths/base-path.ts) allows.
 */
const siteUrlSchema = httpsUrlSchema.refine(
  (value) => {
    const url = URL.parse(value);
    return url !== null && url.search === "" && url.hash === "" && normaliseBasePath(url.pathname) !== undefined;
  },
  {
    error: (issue) =>
      `'${String(issue.input)}' cannot be the hub's address: write the address of its home page, such as 'https://equality.example-icb.nhs.uk' or, for a hub in a folder of the main site, 'https://www.example-icb.nhs.uk/equality/' (letters, digits, '-', '_' and '.' in the folder's name; no '?', '#' or spaces)`,
  },
);

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
    /** The hub's home page; its path, if any, is the folder the hub is published in (lib/site-paths/base-path.ts). */
    siteUrl: siteUrlSchema,
    contact: contactSchema,
    equalityContact: teamContactSchema,
    alternativeFormatsContact: alternativeFormatsContactSchema,
    ceased: ceasedSchema.optional(),
    /** The open data's licence; without it, the Open Government Licence v3.0. */
    dataLicence: dataLicenceSchema.optional(),
    /** The repository the forms at /admin/ save to (lib/schemas/cms.ts); without it, no /admin/. */
    cms: cmsSettingsSchema.optional().meta({ title: "Editing forms (CMS)" }),
  })
  .superRefine(checkWhoPublishes, evenWithOtherErrors);

export type Organisation = z.infer<typeof organisationSchema>;
export type Member = z.infer<typeof memberSchema>;

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
