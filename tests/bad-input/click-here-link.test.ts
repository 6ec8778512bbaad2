import { describe, expect, it } from "vitest";
import { checkWithPage, PAGE_START } from "./check-content.ts";

describe("a page with a 'click here' link", () => {
  it("asks for link text that says where it goes, and stops the build", () => {
    const check = checkWithPage(
      "writing-test.md",
      `${PAGE_START}To read our objectives, [click here](/objectives/).\n`,
    );
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:6:25 the link text 'click here' does not say where it goes: use words that make sense on their own, such as [our equality objectives](/objectives/)`,
    );
  });
});
