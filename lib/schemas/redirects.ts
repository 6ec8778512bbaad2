/**
 * Schema for `_data/redirects.yaml`: old addresses and where they now live. The build writes them
 * to Netlify's `_redirects` file as permanent (301) redirects, once it has checked there are no
 * loops (lib/data/integrity.ts) and every target is in the site it built (lib/build/check-links.ts).
 */
import { z } from "zod";
import { linkSchema, textSchema } from "./common.ts";

/** An address on this site: starts with '/', no spaces, query, fragment or '..'. */
export const sitePathSchema = z
  .string({ error: "write the old address as text, such as '/equality-objectives-2021/'" })
  .regex(/^\/[^\s?#]*$/, {
    error:
      "write the old address as a path on this site starting with '/', such as '/equality-objectives-2021/' (no spaces, '?' or '#')",
  })
  .refine((value) => !value.split("/").some((part) => part === ".." || part === "."), {
    error: "write the address without '.' or '..' parts",
  });

const redirectSchema = z.strictObject({
  from: sitePathSchema,
  /** A page of this site ('/objectives/') or, for a successor's site, an https address. */
  to: linkSchema,
  /** Why, for the next editor: 'CCG objectives page, replaced by the ICB's'. */
  note: textSchema.optional(),
});

export const redirectsSchema = z.strictObject({
  redirects: z.array(redirectSchema).default([]),
});

export type Redirect = z.infer<typeof redirectSchema>;
export type RedirectsFile = z.infer<typeof redirectsSchema>;
