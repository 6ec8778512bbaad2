/**
 * Accepting a flagged phrase where it is right (a quotation, an organisation's name, a law's
 * wording): a page's front matter `writing: { accept: [...] }`, or a `# writing-accept: phrase`
 * comment on a YAML field's line or the comment lines just above it (docs/writing-help.md). An
 * accept covers only that page or that field, and only warnings whose flagged words contain the
 * phrase, so the same words elsewhere are still reported.
 */
import { normaliseWord } from "./plugins/nhs-words.ts";

const normalise = (text: string) =>
  ` ${text
    .split(/[^\p{L}\p{N}'\u2019-]+/u)
    .filter(Boolean)
    .map(normaliseWord)
    .join(" ")} `;

/** Whether `phrase` (what a warning flagged) contains one of `accepts`, as whole words. */
export function isAccepted(phrase: string, accepts: readonly string[]): boolean {
  if (accepts.length === 0) return false;
  const flagged = normalise(phrase);
  return accepts.some((accept) => normalise(accept).trim() !== "" && flagged.includes(normalise(accept)));
}

const ACCEPT_COMMENT = /(?:^|\s)#\s*writing-accept:\s*(.*?)\s*$/;
const COMMENT_LINE = /^\s*#/;

/**
 * The phrases accepted for a field whose key (or list item) is on `line` (1-based): a comment at
 * the end of that line, and any on the comment lines directly above it.
 */
export function acceptsAtLine(lines: readonly string[], line: number): string[] {
  const accepts: string[] = [];
  const take = (text: string | undefined) => {
    const phrase = ACCEPT_COMMENT.exec(text ?? "")?.[1];
    if (phrase) accepts.push(phrase);
  };
  take(lines[line - 1]);
  for (let above = line - 2; above >= 0 && COMMENT_LINE.test(lines[above] ?? ""); above -= 1) take(lines[above]);
  return accepts;
}
