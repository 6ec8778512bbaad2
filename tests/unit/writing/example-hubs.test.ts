/**
 * The example hubs' own words pass the writing help: the root hub with no suggestions at all, and
 * the two closed organisations' hubs with nothing but long sentences left to split (no more than
 * there are now, so a new one is caught).
 */
import { describe, expect, it } from "vitest";
import { checkContent } from "../../../lib/build/check-content.ts";
import { checkWriting, type WritingWarning } from "../../../lib/writing/check-writing.ts";

async function writingOf(dataDir: string, pagesDir: string): Promise<WritingWarning[]> {
  const content = checkContent(dataDir, "site", pagesDir, "2026-11-23");
  if (!content.ok) throw new Error(JSON.stringify(content.errors));
  return checkWriting(content.hub, content.pages);
}

describe("the example hubs' writing", () => {
  it("leaves the root example hub with no suggestions", async () => {
    expect(await writingOf("_data", "site")).toEqual([]);
  });

  for (const [example, longSentences] of [
    ["closed-ccg", 24],
    ["joint-ccgs", 24],
  ] as const) {
    it(`leaves examples/${example} with only long sentences to split, ${longSentences} at most`, async () => {
      const warnings = await writingOf(`examples/${example}/_data`, `examples/${example}/pages`);
      expect(warnings.filter((warning) => warning.kind !== "long sentence")).toEqual([]);
      expect(warnings.length).toBeLessThanOrEqual(longSentences);
    });
  }
});
