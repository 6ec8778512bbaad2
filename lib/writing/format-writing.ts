/**
 * The writing warnings as the build prints them: file:line:column like its other warnings, sorted
 * by file and place, and capped (settings.ts's PRINT_LIMIT, in all and for each file) so that a
 * big hub's first run does not bury everything else the build says; the rest are counted by kind.
 */
import { formatLocated } from "../data/errors.ts";
import type { WritingWarning } from "./check-writing.ts";
import { PRINT_LIMIT } from "./settings.ts";

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The kind, and the rule where it says more than the kind does. */
function label(warning: WritingWarning): string {
  return warning.kind === "long sentence" || warning.kind === "reading age"
    ? warning.kind
    : `${warning.kind}: ${warning.rule}`;
}

export function formatWritingWarnings(
  warnings: readonly WritingWarning[],
  limit: { total: number; perFile: number } = PRINT_LIMIT,
): string {
  const sorted = [...warnings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const shown: WritingWarning[] = [];
  const hidden: WritingWarning[] = [];
  const perFile = new Map<string, number>();
  for (const warning of sorted) {
    const inFile = perFile.get(warning.file) ?? 0;
    if (shown.length < limit.total && inFile < limit.perFile) {
      shown.push(warning);
      perFile.set(warning.file, inFile + 1);
    } else hidden.push(warning);
  }
  const lines = formatLocated(
    shown.map((warning) => ({ ...warning, message: `${warning.message} (${label(warning)})` })),
    "writing",
  );
  const files = new Set(warnings.map((warning) => warning.file)).size;
  const summary = [
    `${plural(warnings.length, "writing suggestion")} in ${plural(files, "file")}: the site still builds.`,
    "Fix the wording, or accept a phrase where it is right (docs/writing-help.md).",
  ];
  if (hidden.length > 0) {
    const kinds = new Map<string, number>();
    for (const warning of hidden) kinds.set(warning.kind, (kinds.get(warning.kind) ?? 0) + 1);
    const byKind = [...kinds].map(([kind, count]) => `${count} ${kind}`).join(", ");
    const hiddenFiles = new Set(hidden.map((warning) => warning.file)).size;
    summary.unshift(`... and ${hidden.length} more in ${plural(hiddenFiles, "file")} not shown (${byKind}).`);
  }
  return [...lines, ...summary].join("\n");
}
