/**
 * Building blocks shared by the per-file schemas in this folder.
 *
 * Each YAML file in `_data/` has one schema module here; the TypeScript types the
 * rest of the hub uses are inferred from those schemas, never written twice.
 * Messages are written for a comms officer, not a programmer: they say what is
 * wrong and how to put it right.
 */
import { z } from "zod";
import { isCalendarDate } from "../dates/calendar-date.ts";

/** A kebab-case id that doubles as a URL slug, such as `fair-access`. */
export const idSchema = z
  .string({ error: "write an id in kebab-case, such as 'fair-access'" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) =>
      `ids are lower-case words joined by hyphens, such as 'fair-access' (they become web addresses)${lookAlike(String(issue.input))}`,
  });

/**
 * Names a character that is not plain ASCII, such as a Cyrillic 'а' pasted in place of 'a': it
 * looks the same, so without its name the error would be baffling.
 */
function lookAlike(value: string): string {
  const character = [...value].find((char) => (char.codePointAt(0) ?? 0) > 0x7e);
  if (character === undefined) return "";
  const code = (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  return `; '${character}' (U+${code}) is not a plain letter or digit, though it may look like one: retype it`;
}

/** A path on this site: one leading '/', no '.' or '..' parts (also when %-encoded), no backslashes. */
function isSafeSitePath(value: string): boolean {
  if (!/^\/(?!\/)[^\s\\]*$/.test(value)) return false;
  const path = value.replace(/[?#].*$/, "");
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  return !decoded.split(/[/\\]/).some((part) => part === "." || part === "..");
}

/** Text a reader sees: never empty, never just spaces. */
export const textSchema = z.string({ error: "write this as text" }).trim().min(1, { error: "this cannot be empty" });

/** A role rather than a named person, so the data survives staff changes. */
export const roleSchema = textSchema;

/** The shape of a calendar date, `YYYY-MM-DD`; the CMS (lib/cms) shows a date picker for it. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date written as a quoted `YYYY-MM-DD` string. The loader separately
 * rejects unquoted dates, because YAML would otherwise guess their type.
 */
export const dateSchema = z
  .string({ error: "write the date as a quoted 'YYYY-MM-DD' string, such as '2026-03-31'" })
  .regex(DATE_PATTERN, {
    error: "write the date as 'YYYY-MM-DD', such as '2026-03-31'",
  })
  .refine(isCalendarDate, {
    error: (issue) => `'${String(issue.input)}' is not a day in the calendar: check the day and the month`,
  });

/** A year such as 2026. */
export const yearSchema = z
  .number({ error: "write the year as a number, such as 2026" })
  .int({ error: "write the year as a whole number, such as 2026" })
  .min(2000, { error: "write a four-digit year from 2000 onwards" })
  .max(2100, { error: "write a four-digit year before 2100" });

/** An absolute https address, or a site-relative path starting with `/` that stays inside the site. */
export const linkSchema = z
  .string({ error: "write the link as text, such as 'https://www.example.nhs.uk/report.pdf' or '/contact/'" })
  .refine((value) => /^https:\/\/[^\s]+$/.test(value) || isSafeSitePath(value), {
    error: (issue) =>
      `'${String(issue.input)}' is not a link this hub can use: start it with 'https://' or, for a page on this site, with '/' (no spaces, backslashes, '.' or '..' parts)`,
  });

/** An absolute https address. */
export const httpsUrlSchema = z
  .string({ error: "write the address as text, such as 'https://www.example.nhs.uk'" })
  .regex(/^https:\/\/[^\s/]+(?:\/[^\s]*)?$/, {
    error: "write a full address starting with 'https://'",
  });

export const emailSchema = z
  .string({ error: "write the email address as text" })
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: "this is not an email address, such as 'equality@example.nhs.uk'" });

/** A UK telephone number as people dial it, such as `0113 496 0000`. */
export const phoneSchema = z
  .string({ error: "write the phone number as quoted text, such as '0113 496 0000'" })
  .regex(/^(?:\+44\s?|0)[0-9 ]{9,13}$/, {
    error: "write a UK phone number such as '0113 496 0000' (digits and spaces only)",
  });

/** A titled link, used for evidence and latest publications. */
export const titledLinkSchema = z.strictObject({
  title: textSchema,
  url: linkSchema,
});
