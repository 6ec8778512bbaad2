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
  /** true: site search does not index the page, and the search page's A to Z list leaves it out. */
  excludeFromSearch: flagSchema.optional(),
  easyRead: easyReadSchema.optional(),
  /** Phrases the writing help leaves alone on this page, where they are right (docs/writing-help.md). */
  writing: z
    .strictObject({
      accept: z
        .array(textSchema, { error: 'write accept as a list of phrases, such as accept: ["suffers from"]' })
        .min(1, { error: "list at least one phrase to accept, or remove 'writing'" }),
    })
    .optional(),
  // Eleventy's own fields, for templates that make many pages or none.
  permalink: z.union([z.string(), z.literal(false)]).optional(),
  pagination: z.record(z.string(), z.unknown()).optional(),
  eleventyComputed: z.record(z.string(), z.unknown()).optional(),
  eleventyExcludeFromCollections: flagSchema.optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/**
 * Markdown pages are content, never templates (.eleventy.ts sets markdownTemplateEngine false).
 * These are the Eleventy fields that would still run an author's text through a template engine,
 * or make many pages from one, so a markdown page cannot use them.
 */
const noTemplateInMarkdown = (field: string) =>
  z
    .undefined({ error: `markdown pages cannot use '${field}': remove it, or make the page a .njk template` })
    .optional();

export const markdownFrontMatterSchema = frontMatterSchema.extend({
  permalink: z
    .union([z.string(), z.literal(false)])
    .refine((permalink) => typeof permalink !== "string" || !/\{\{|\{%/.test(permalink), {
      error:
        "write the permalink as a plain address such as /our-equality-work/: '{{' and '{%' are not allowed in a markdown page",
    })
    .optional(),
  pagination: noTemplateInMarkdown("pagination"),
  eleventyComputed: noTemplateInMarkdown("eleventyComputed"),
});
