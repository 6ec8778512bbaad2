/**
 * A markdown page's body as the writing help reads it: the NHS.UK component lines (`::: inset`,
 * `:::`) are not prose, so each is blanked, except that a `::: details` or `::: warning` heading
 * becomes a markdown heading in the same columns, so it is read as a heading of its own. Nothing
 * moves, so every position is still the author's.
 */
import { readContainerLine } from "../markdown/container-syntax.ts";
import { normaliseSource } from "../content/markdown-source.ts";

const MARKER_AND_TITLE = /^([ \t]*)(:::[ \t]*\S+[ \t]+)(\S.*)$/;

function proseLine(line: string): string {
  const marker = readContainerLine(line.trimStart());
  if (!marker) return line;
  const titled = MARKER_AND_TITLE.exec(line);
  if (marker.kind === "open" && titled && (titled[1] ?? "").length <= 3) {
    const [, indent = "", prefix = "", title = ""] = titled;
    return `${indent}#${" ".repeat(prefix.length - 1)}${title}`;
  }
  return " ".repeat(line.length);
}

export function proseBody(body: string): string {
  return normaliseSource(body).split("\n").map(proseLine).join("\n");
}
