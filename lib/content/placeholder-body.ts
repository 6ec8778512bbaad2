/**
 * The body `npm run new page` writes (lib/scaffold/page.ts) says how to write a page, under a
 * heading that is there for the editor to replace. Markdown has no comment the build could keep
 * beside it, as the YAML's `# EDIT:` notes are kept, so the heading itself is the marker: while it
 * is in a page, the check and the build warn, and a reader never sees the instructions published
 * unnoticed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { DataWarning } from "../data/errors.ts";
import { markdownBody, type PageSource } from "./front-matter.ts";

/** The scaffold's first line of body text; a page whose own text has it is still the scaffold's. */
export const PLACEHOLDER_HEADING = "## What to write here";

const MARKDOWN = /\.md$/;

/** `root`: the folder the pages' file names are relative to. */
export function placeholderBodyWarnings(pages: readonly PageSource[], root: string = process.cwd()): DataWarning[] {
  return pages.flatMap((page) => {
    if (!MARKDOWN.test(page.file)) return [];
    const { body, firstLine } = markdownBody(readFileSync(path.resolve(root, page.file), "utf8"));
    const index = body.split(/\r?\n/).findIndex((line) => line.trimEnd() === PLACEHOLDER_HEADING);
    if (index < 0) return [];
    return [
      {
        file: page.file,
        line: firstLine + index,
        column: 1,
        path: "body",
        message:
          "this is still the text npm run new put in for you to replace: write the page's own text, under headings of your own, in place of this heading and the paragraph under it",
      },
    ];
  });
}
