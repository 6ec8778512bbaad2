import { describe, expect, it } from "vitest";
import { checkWithPage, PAGE_START } from "./check-content.ts";

describe("a page with a table whose header row is empty", () => {
  it("asks for column headings, and stops the build", () => {
    const check = checkWithPage(
      "writing-test.md",
      `${PAGE_START}## Scores\n\n|   |   |\n| --- | --- |\n| 1A | Achieving |\n`,
    );
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:8:1 this table has no header row: write a heading for each column in its first row`,
    );
  });
});
