/**
 * The field names a schema allows at a path, so an unknown field can be answered with
 * "did you mean 'title'?". Walks zod 4's schema definitions.
 */
import type { z } from "zod";
import { valueAt, type FieldPath } from "./locate.ts";

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { def: Def }).def;
}

function isGroup(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function unwrap(schema: z.ZodType, value: unknown): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if ((def.type === "optional" || def.type === "default" || def.type === "nullable") && def.innerType)
      current = def.innerType;
    else if (def.type === "pipe" && def.in) current = def.in;
    else if (def.type === "union" && def.options) {
      const discriminator = def.discriminator;
      const chosen = def.options.find((option) => {
        const shape = defOf(option).shape;
        const literal = discriminator && shape?.[discriminator];
        if (!literal || value === null || typeof value !== "object") return false;
        const values = (defOf(literal) as unknown as { values?: unknown[] }).values ?? [];
        return values.includes((value as Record<string, unknown>)[discriminator]);
      });
      // Without a discriminator, a group of fields can only be meant for the one form that is a group.
      const groups = def.options.filter((option) => defOf(unwrap(option, value)).type === "object");
      const meant = chosen ?? (isGroup(value) && groups.length === 1 ? groups[0] : undefined);
      if (!meant) return current;
      current = meant;
    } else return current;
  }
}

/** Allowed keys of the object schema at `path` within `data`, or [] when it is not an object. */
export function allowedKeysAt(schema: z.ZodType, data: unknown, path: FieldPath): string[] {
  let current = unwrap(schema, data);
  for (let index = 0; index < path.length; index += 1) {
    const part = path[index] as string | number;
    const def = defOf(current);
    const next = typeof part === "number" ? def.element : def.shape?.[part];
    if (!next) return [];
    current = unwrap(next, valueAt(data, path.slice(0, index + 1)));
  }
  return Object.keys(defOf(current).shape ?? {});
}
