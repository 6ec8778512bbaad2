import { describe, expect, it } from "vitest";
import { checkWithPage, PAGE_START } from "./check-content.ts";

describe("a page whose headings skip a level", () => {
  it("names the heading and the level to use, and stops the build", () => {
    const check = checkWithPage("writing-test.md", `${PAGE_START}## Our work\n\nText.\n\n#### Our staff\n\nText.\n`);
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:10:1 this heading skips a level ('####' after '##'): use '### ' here, or add the missing heading above`,
    );
  });
});
