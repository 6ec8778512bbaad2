/**
 * The body `npm run new page` writes (lib/scaffold/page.ts) says how to write a page, under a
 * heading that is there for the editor to replace. Markdown has no comment the build could keep
 * beside it, as the YAML's `# EDIT:` notes are kept, so the heading itself is the marker: while it
 * is in a page, the check and the build warn, and a reader never sees the instructions published
 * unnoticed.
 */
import type { DataWarning } from "../data/errors.ts";
import type { PageSource } from "./front-matter.ts";

/** The scaffold's first line of body text; a page whose own text has it is still the scaffold's. */
export const PLACEHOLDER_HEADING = "## What to write here";

export function placeholderBodyWarnings(pages: readonly PageSource[]): DataWarning[] {
  return pages.flatMap(({ file, body }) => {
    const index = body?.text.split(/\r?\n/).findIndex((line) => line.trimEnd() === PLACEHOLDER_HEADING) ?? -1;
    if (!body || index < 0) return [];
    return [
      {
        file,
        line: body.firstLine + index,
        column: 1,
        path: "body",
        message:
          "this is still the text npm run new put in for you to replace: write the page's own text, under headings of your own, in place of this heading and the paragraph under it",
      },
    ];
  });
}
