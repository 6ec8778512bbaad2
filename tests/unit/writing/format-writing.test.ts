/** How the writing warnings are printed: the build's file:line:column form, sorted, capped and counted. */
import { describe, expect, it } from "vitest";
import type { WritingWarning } from "../../../lib/writing/check-writing.ts";
import { formatWritingWarnings } from "../../../lib/writing/format-writing.ts";

const warning = (file: string, line: number, kind: WritingWarning["kind"] = "plain words"): WritingWarning => ({
  file,
  line,
  column: 3,
  path: file.endsWith(".yaml") ? "policies[0].summary" : "",
  message: "say 'use' instead of 'utilise': plain words are easier to read",
  kind,
  rule: kind === "plain words" ? "utilise" : "long-sentence",
  phrase: "utilise",
});

describe("printing the writing warnings", () => {
  it("prints each as file:line:column, the field, the fix and its kind, sorted, then a count", () => {
    const text = formatWritingWarnings([warning("site/b.md", 9), warning("_data/policies.yaml", 4)]);
    expect(text.split("\n")).toEqual([
      "_data/policies.yaml:4:3 policies[0].summary: writing: say 'use' instead of 'utilise': plain words are easier to read (plain words: utilise)",
      "site/b.md:9:3 writing: say 'use' instead of 'utilise': plain words are easier to read (plain words: utilise)",
      "2 writing suggestions in 2 files: the site still builds.",
      "Fix the wording, or accept a phrase where it is right (docs/writing-help.md).",
    ]);
  });

  it("shows at most the limit in all and for each file, and counts the rest by kind", () => {
    const many = [
      ...Array.from({ length: 5 }, (_, index) => warning("site/a.md", index + 1, "long sentence")),
      ...Array.from({ length: 5 }, (_, index) => warning("site/b.md", index + 1)),
    ];
    const lines = formatWritingWarnings(many, { total: 3, perFile: 2 }).split("\n");
    expect(lines.filter((line) => line.startsWith("site/"))).toHaveLength(3);
    expect(lines.slice(3)).toEqual([
      "... and 7 more in 2 files not shown (3 long sentence, 4 plain words).",
      "10 writing suggestions in 2 files: the site still builds.",
      "Fix the wording, or accept a phrase where it is right (docs/writing-help.md).",
    ]);
  });
});
