/**
 * The configuration of the editing forms at /admin/ (Sveltia CMS, docs/cms.md), made at each build
 * from the schemas the build validates with: one form per data file (`dataFileSchemas`), and the
 * markdown pages with their front matter (`markdownFrontMatterSchema`) and body.
 */
import type { CmsSettings } from "../schemas/cms.ts";
import { markdownFrontMatterSchema } from "../schemas/front-matter.ts";
import { dataFileSchemas, type DataFileName } from "../schemas/index.ts";
import { labelFromKey } from "./field-label.ts";
import { PROSE_FIELDS, withProseFields } from "./prose-fields.ts";
import { formFields, type Field, type SkippedField } from "./schema-fields.ts";

/** The configuration as the CMS reads it (Sveltia's config.yml; checked against its JSON Schema in the tests). */
export type CmsConfig = Record<string, unknown> & { collections: Record<string, unknown>[] };

/**
 * How the CMS writes YAML (its `formatYAML` in src/lib/services/contents/file/format.js, read at
 * @sveltia/cms 0.221.1): with `quote: 'none'`, its default, a date such as 2026-03-31 is written
 * unquoted, which the loader rejects (lib/data/unquoted-dates.ts). 'single' quotes every string.
 * tests/unit/cms/saved-entry.test.ts writes entries the same way and loads them.
 */
export const CMS_YAML_OUTPUT = { indent_size: 2, indent_sequences: true, quote: "single" } as const;

export interface CmsConfigResult {
  config: CmsConfig;
  /** Keys the forms leave out (schema-fields.ts), by collection file. */
  skipped: { file: string; fields: SkippedField[] }[];
}

export function pagesFields(): { fields: Field[]; skipped: SkippedField[] } {
  const front = formFields(markdownFrontMatterSchema);
  return {
    fields: [...front.fields, { name: "body", label: "Page text", widget: "markdown", required: false }],
    skipped: front.skipped,
  };
}

export function cmsConfig(settings: CmsSettings): CmsConfigResult {
  const skipped: CmsConfigResult["skipped"] = [];
  const files = (Object.keys(dataFileSchemas) as DataFileName[]).map((fileName) => {
    const form = formFields(dataFileSchemas[fileName]);
    const { fields } = withProseFields(form.fields, PROSE_FIELDS[fileName] ?? []);
    const left = form.skipped;
    const file = `${settings.dataFolder}/${fileName}`;
    if (left.length) skipped.push({ file, fields: left });
    return {
      name: fileName.replace(/\.yaml$/, ""),
      label: labelFromKey(fileName.replace(/\.yaml$/, "")),
      file,
      fields,
    };
  });
  const pages = pagesFields();
  if (pages.skipped.length) skipped.push({ file: settings.pagesFolder, fields: pages.skipped });
  const config = {
    backend: {
      name: settings.backend,
      repo: settings.repo,
      branch: settings.branch,
      ...(settings.authenticator ? { base_url: settings.authenticator } : {}),
    },
    // Where uploaded files would go; the hub links documents by address, so this is rarely used.
    media_folder: `${settings.pagesFolder}/assets/documents`,
    public_folder: "/assets/documents",
    output: {
      // An optional field left empty is left out of the file, as the schemas expect (an empty
      // string is not a valid optional text, and a strict object has no room for '').
      omit_empty_optional_fields: true,
      yaml: CMS_YAML_OUTPUT,
    },
    collections: [
      {
        name: "data",
        label: "Hub data",
        description: "One form for each file in the data folder. The build checks every save.",
        files,
      },
      {
        name: "pages",
        label: "Pages",
        description: "The hub's written pages, in markdown.",
        folder: settings.pagesFolder,
        extension: "md",
        format: "frontmatter",
        create: true,
        identifier_field: "title",
        // Pages sit in subfolders too (our-equality-work/easy-read.md), each a plain file.
        nested: { depth: 3, subfolders: false },
        fields: pages.fields,
      },
    ],
  } as CmsConfig;
  return { config, skipped };
}
