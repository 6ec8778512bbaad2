/**
 * Schema for the front matter of pages in `site/`: the fields our layouts read, plus the Eleventy
 * fields the example pages use. Anything else is reported, so a misspelt `titel` is caught with a
 * suggestion rather than silently giving a page with no title.
 */
import { z } from "zod";
import { textSchema } from "./common.ts";
import { easyReadSchema } from "./document.ts";

export const pageWidths = ["two-thirds", "full"] as const;

const flagSchema = z.boolean({ error: "write true or false" });

export const frontMatterSchema = z.strictObject({
  title: textSchema.optional(),
  /** The search-result summary, in a meta description. */
  description: textSchema.optional(),
  /** The larger opening paragraph under the title. */
  lede: textSchema.optional(),
  /** The breadcrumb's wording, where the title is too long for it. */
  breadcrumbTitle: textSchema.optional(),
  layout: textSchema.optional(),
  width: z.enum(pageWidths, { error: `width must be one of: ${pageWidths.join(", ")}` }).optional(),
  hideBreadcrumbs: flagSchema.optional(),
  hideOtherFormatsLink: flagSchema.optional(),
  easyRead: easyReadSchema.optional(),
  // Eleventy's own fields, for templates that make many pages or none.
  permalink: z.union([z.string(), z.literal(false)]).optional(),
  pagination: z.record(z.string(), z.unknown()).optional(),
  eleventyComputed: z.record(z.string(), z.unknown()).optional(),
  eleventyExcludeFromCollections: flagSchema.optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
