/**
 * Which text fields of the forms are prose, given a box of several lines rather than one line: a
 * presentation choice of the forms, not a fact of the data, so it is here and not in the schemas
 * (zod would write a mark on a schema into the open data's JSON Schemas too, which reuse some
 * fields). Paths as lib/cms/schema-fields.ts names them: `[]` for a list's items.
 * tests/unit/cms/cms-config.test.ts fails on a path that is not a text field of its file, so a
 * renamed field cannot leave a stale line here.
 */
import type { DataFileName } from "../schemas/index.ts";
import type { Field } from "./schema-fields.ts";

export const PROSE_FIELDS: Partial<Record<DataFileName, readonly string[]>> = {
  "policies.yaml": ["policies[].summary", "policies[].eia.reason"],
  "objectives.yaml": ["objectives[].summary"],
  "outcomes.yaml": ["outcomes[].statement", "outcomes[].notGraded[].reason", "eds2.outcomes[].statement"],
  "engagement.yaml": ["engagements[].summary"],
  "protected-characteristics.yaml": ["characteristics[].description"],
  "legal-duties.yaml": ["duties[].summary"],
};

/** The fields with the prose ones as `text`, and the paths that matched a one-line text field. */
export function withProseFields(fields: Field[], prose: readonly string[]): { fields: Field[]; matched: string[] } {
  const matched: string[] = [];
  const walk = (list: Field[], path: string): Field[] =>
    list.map((field) => {
      const keyPath = path ? `${path}.${field.name}` : field.name;
      const itemPath = field.widget === "list" ? `${keyPath}[]` : keyPath;
      if (field.widget === "string" && prose.includes(keyPath)) {
        matched.push(keyPath);
        return { ...field, widget: "text" };
      }
      const nested = Array.isArray(field.fields) ? { fields: walk(field.fields as Field[], itemPath) } : {};
      const types = Array.isArray(field.types)
        ? {
            types: (field.types as { fields?: Field[] }[]).map((type) => ({
              ...type,
              ...(type.fields ? { fields: walk(type.fields, keyPath) } : {}),
            })),
          }
        : {};
      return { ...field, ...nested, ...types };
    });
  return { fields: walk(fields, ""), matched };
}
