/** The warning for a page whose body is still the text npm run new wrote for the editor to replace. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listMarkdownPages, readFrontMatter } from "../../../lib/content/front-matter.ts";
import { placeholderBodyWarnings } from "../../../lib/content/placeholder-body.ts";
import { newPage } from "../../../lib/scaffold/page.ts";
import { PROJECT_ROOT } from "../../helpers/build-hub.ts";

const root = mkdtempSync(path.join(os.tmpdir(), "equality-hub-placeholder-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function warningsForPage(name: string, text: string) {
  writeFileSync(path.join(root, name), text);
  const read = readFrontMatter(text, name);
  if (!read.ok) throw new Error(`the test page did not read: ${JSON.stringify(read.errors)}`);
  return placeholderBodyWarnings([read.page], root);
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
      const pages = listMarkdownPages(path.join(PROJECT_ROOT, folder)).map((file) => ({
        file: path.join(folder, file),
        frontMatter: {},
        yaml: undefined,
      }));
      expect(pages.length, folder).toBeGreaterThan(0);
      expect(placeholderBodyWarnings(pages, PROJECT_ROOT), folder).toEqual([]);
    }
  });
});
