/** Schema for `_data/organisation.yaml`: who publishes the hub and how to reach them. */
import { z } from "zod";
import { emailSchema, httpsUrlSchema, phoneSchema, textSchema } from "./common.ts";

export const organisationTypes = ["ICB", "CCG"] as const;

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
  textRelay: z.string({ error: "write the Relay UK number as quoted text, such as '18001 0113 496 0000'" }).regex(/^18001 [0-9 ]{10,14}$/, {
    error: "write the Relay UK number as '18001' followed by the phone number, such as '18001 0113 496 0000'",
  }).optional(),
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
});

export type Organisation = z.infer<typeof organisationSchema>;
