/**
 * Warnings for values `npm run new` filled in for the editor to change (lib/scaffold): each is
 * marked with a `# EDIT: …` note beside it, and a placeholder such as "One or two sentences on
 * what the policy covers" would otherwise be published as it is. The warning points at the value
 * and says what to write, and goes once the note is deleted. Unlike the other warnings, it applies
 * to a closed organisation's hub too: a correction added to a record still needs its real values.
 * A new page's front matter carries the same notes, so the content step passes its pages' YAML too.
 */
import { isScalar, visit } from "yaml";
import type { DataWarning } from "../errors.ts";
import { formatPath, pathFromAncestors } from "../locate.ts";
import { positionOf, type YamlFile } from "../yaml-file.ts";

/** The note as lib/scaffold/render-entry.ts writes it, after the comment's `#`. */
const EDIT_NOTE = /^\s*EDIT:\s*(.*)$/;

export function editNoteWarnings(yamlFiles: readonly YamlFile[]): DataWarning[] {
  return yamlFiles.flatMap((yaml) => {
    const warnings: DataWarning[] = [];
    visit(yaml.doc, {
      Scalar(_key, node, ancestors) {
        const note = isScalar(node) ? EDIT_NOTE.exec(node.comment ?? "") : null;
        if (!note) return;
        const path = pathFromAncestors(ancestors, node) ?? [];
        warnings.push({
          file: yaml.file,
          ...positionOf(yaml, node.range?.[0] ?? 0),
          path: formatPath(path),
          message: `this is still the value npm run new put in for you to change (${note[1]}): write the real one, then delete its '# EDIT:' note`,
        });
      },
    });
    return warnings;
  });
}
