/**
 * A document the hub links to: a policy, a report, an Easy Read version. Readers are told the
 * format and size before they follow the link ("(PDF, 240 KB)"), as GOV.UK and NHS.UK do, and
 * where the document itself may not be accessible, an accessible alternative.
 */
import { z } from "zod";
import { linkSchema, textSchema } from "./common.ts";

/** File formats, as the link text names them. "web page" is an HTML page and needs no size. */
export const documentFormats = [
  "PDF",
  "Word",
  "Excel",
  "PowerPoint",
  "OpenDocument text",
  "OpenDocument spreadsheet",
  "CSV",
  "web page",
] as const;
export type DocumentFormat = (typeof documentFormats)[number];

/** Sizes as people read them: '240 KB', '1.2 MB'. */
export const fileSizeSchema = z
  .string({ error: "write the size as quoted text, such as '240 KB' or '1.2 MB'" })
  .regex(/^\d+(?:\.\d+)? (?:KB|MB)$/, {
    error: "write the size as a number then KB or MB, such as '240 KB' or '1.2 MB'",
  });

const formatSchema = z.enum(documentFormats, { error: `format must be one of: ${documentFormats.join(", ")}` });

/** Files need a size so readers on slow or metered connections can decide; web pages do not. */
function requireSizeForFiles(
  value: { format: DocumentFormat; size?: string | undefined },
  context: z.RefinementCtx,
): void {
  if (value.format !== "web page" && value.size === undefined) {
    context.addIssue({
      code: "custom",
      path: ["size"],
      message: `readers need the size of this ${value.format} file before they open it, such as size: '240 KB'`,
    });
  }
}

export const alternativeDocumentSchema = z
  .strictObject({
    /** Defaults to the document's own title; the link reads "Accessible version: <title> (<format>)". */
    title: textSchema.optional(),
    url: linkSchema,
    format: formatSchema,
    size: fileSizeSchema.optional(),
  })
  .superRefine(requireSizeForFiles);

export const documentSchema = z
  .strictObject({
    title: textSchema,
    url: linkSchema,
    format: formatSchema,
    size: fileSizeSchema.optional(),
    /** A version that works with assistive technology, such as a web page for a PDF. */
    alternative: alternativeDocumentSchema.optional(),
  })
  .superRefine(requireSizeForFiles);

/**
 * A page's own Easy Read version, from its front matter: a page of this site (the default format,
 * "web page") or a file with its format and size.
 */
export const easyReadSchema = z
  .strictObject({
    url: linkSchema,
    format: formatSchema.default("web page"),
    size: fileSizeSchema.optional(),
  })
  .superRefine(requireSizeForFiles);

export type HubDocument = z.infer<typeof documentSchema>;
export type AlternativeDocument = z.infer<typeof alternativeDocumentSchema>;
export type EasyRead = z.infer<typeof easyReadSchema>;
