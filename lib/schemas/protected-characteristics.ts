/**
 * Schema for `_data/protected-characteristics.yaml`: the nine protected characteristics of the
 * Equality Act 2010, s.4. The ids are fixed by the Act, so they are an enumeration here; the names
 * and plain-English descriptions are the organisation's own words.
 */
import { z } from "zod";
import { textSchema } from "./common.ts";

/** The nine ids, in the order of s.4 of the Equality Act 2010. */
export const characteristicIds = [
  "age",
  "disability",
  "gender-reassignment",
  "marriage-civil-partnership",
  "pregnancy-maternity",
  "race",
  "religion-belief",
  "sex",
  "sexual-orientation",
] as const;

export type CharacteristicId = (typeof characteristicIds)[number];

export const characteristicIdSchema = z.enum(characteristicIds, {
  error: `use one of the nine ids: ${characteristicIds.join(", ")}`,
});

export const characteristicSchema = z.strictObject({
  id: characteristicIdSchema,
  name: textSchema,
  /** The section that defines it, such as '5' or, for pregnancy and maternity, '17-18'. */
  section: z.string({ error: "write the section as quoted text, such as '5' or '17-18'" }).regex(/^\d+(?:-\d+)?$/, {
    error: "write the section number, such as '5', or a range such as '17-18'",
  }),
  description: textSchema,
});

export const protectedCharacteristicsSchema = z.strictObject({
  characteristics: z.array(characteristicSchema).min(1, { error: "list the nine protected characteristics" }),
});

export type Characteristic = z.infer<typeof characteristicSchema>;
export type ProtectedCharacteristicsFile = z.infer<typeof protectedCharacteristicsSchema>;
