/**
 * The rules most cross-file checks are made of: ids used once, complete sets, references that
 * resolve. Each points at the line to change and says how.
 */
import { suggestion } from "../did-you-mean.ts";
import type { DataError } from "../errors.ts";
import { errorAt, locate, type FieldPath } from "../locate.ts";
import type { YamlFile } from "../yaml-file.ts";
import { characteristicIds } from "../../schemas/protected-characteristics.ts";

export interface IdUse {
  id: string;
  path: FieldPath;
}

/** Points at the second of two equal ids and names the line of the first. */
export function unique(
  yaml: YamlFile,
  list: string,
  field: string,
  ids: string[],
  fix: string,
  prefix: FieldPath = [],
): DataError[] {
  return ids.flatMap((id, index) => {
    const first = ids.indexOf(id);
    if (first === index) return [];
    const firstLine = locate(yaml, [...prefix, list, first, field]).line;
    return [
      errorAt(
        yaml,
        [...prefix, list, index, field],
        `duplicate ${field} '${id}': it is already used on line ${firstLine}; ${fix}`,
      ),
    ];
  });
}

/** Names every required id that is absent, at the list's key (inside `prefix` when it is nested). */
export function complete(
  yaml: YamlFile,
  list: string,
  required: readonly string[],
  present: string[],
  lead: string,
  prefix: FieldPath = [],
): DataError[] {
  const absent = required.filter((id) => !present.includes(id));
  if (absent.length === 0) return [];
  return [errorAt(yaml, prefix, `${lead} ${absent.map((id) => `'${id}'`).join(", ")}`, { key: list })];
}

export function references(yaml: YamlFile, uses: IdUse[], known: string[], noun: string, source: string): DataError[] {
  return uses
    .filter((use) => !known.includes(use.id))
    .map((use) =>
      errorAt(yaml, use.path, `unknown ${noun} '${use.id}' (not in ${source})${suggestion(use.id, known)}`),
    );
}

/**
 * Uses of protected characteristics that are not in protected-characteristics.yaml. One of the
 * law's nine that is missing from that file is reported there, once, not at every use.
 */
export function characteristicReferences(
  yaml: YamlFile,
  uses: IdUse[],
  characteristics: Array<{ id: string }>,
): DataError[] {
  const unlisted = uses.filter((use) => !(characteristicIds as readonly string[]).includes(use.id));
  return references(
    yaml,
    unlisted,
    characteristics.map((item) => item.id),
    "characteristic",
    "protected-characteristics.yaml",
  );
}
