/** Schema for `_data/organisation.yaml`: who publishes the hub and how to reach them. */
import { z } from "zod";
import { dateSchema, emailSchema, httpsUrlSchema, phoneSchema, textSchema } from "./common.ts";

export const organisationTypes = ["ICB", "CCG"] as const;

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

export const organisationSchema = z.strictObject({
  name: textSchema,
  /** Used in the header and page titles where the full name is too long. */
  shortName: textSchema,
  type: z.enum(organisationTypes, { error: "type must be 'ICB' or 'CCG'" }),
  /** Organisation Data Service code, such as 'QZX' for an ICB or '99X' for a CCG. */
  odsCode: z.string({ error: "write the ODS code as quoted text, such as 'QZX'" }).regex(/^[A-Z0-9]{3,5}$/, {
    error: "an ODS code is 3 to 5 capital letters or digits, such as 'QZX'",
  }),
  siteUrl: httpsUrlSchema,
  contact: contactSchema,
  equalityContact: teamContactSchema,
  alternativeFormatsContact: alternativeFormatsContactSchema,
  ceased: ceasedSchema.optional(),
});

export type Organisation = z.infer<typeof organisationSchema>;
