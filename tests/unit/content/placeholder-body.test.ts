/** The warning for a page whose body is still the text npm run new wrote for the editor to replace. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readFrontMatter, readPages } from "../../../lib/content/front-matter.ts";
import { placeholderBodyWarnings } from "../../../lib/content/placeholder-body.ts";
import { newPage } from "../../../lib/scaffold/page.ts";
import { PROJECT_ROOT } from "../../helpers/build-hub.ts";

function warningsForPage(name: string, text: string) {
  const read = readFrontMatter(text, name);
  if (!read.ok) throw new Error(`the test page did not read: ${JSON.stringify(read.errors)}`);
  return placeholderBodyWarnings([read.page]);
}

describe("the warning for a new page's text left as it was", () => {
  it("points at the heading npm run new wrote, at the file's own line, saying what to do", () => {
    expect(warningsForPage("new.md", newPage("Interpreting and translation").text)).toEqual([
      {
        file: "new.md",
        line: 8,
        column: 1,
        path: "body",
        message:
          "this is still the text npm run new put in for you to replace: write the page's own text, under headings of your own, in place of this heading and the paragraph under it",
      },
    ]);
  });

  it("goes once the heading is replaced, even if the paragraph is kept", () => {
    const edited = newPage("Interpreting and translation").text.replace(
      "## What to write here",
      "## Ask for an interpreter",
    );
    expect(warningsForPage("edited.md", edited)).toEqual([]);
  });

  it("is given for no page of the example hubs", () => {
    for (const folder of ["site", "examples/closed-ccg/pages", "examples/joint-ccgs/pages"]) {
      const read = readPages(path.join(PROJECT_ROOT, "site"), PROJECT_ROOT, path.join(PROJECT_ROOT, folder));
      if (!read.ok) throw new Error(`${folder}'s pages did not read: ${JSON.stringify(read.errors)}`);
      expect(read.pages.filter((page) => page.body).length, folder).toBeGreaterThan(0);
      expect(placeholderBodyWarnings(read.pages), folder).toEqual([]);
    }
  });
});
