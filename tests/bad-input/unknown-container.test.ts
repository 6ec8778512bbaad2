import { describe, expect, it } from "vitest";
import { checkWithPage, PAGE_START } from "./check-content.ts";

describe("a page with an unknown ::: component", () => {
  it("names the components there are, and stops the build", () => {
    const check = checkWithPage("writing-test.md", `${PAGE_START}::: danger\nDo not do this.\n:::\n`);
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:6:1 unknown component '::: danger': use ::: inset, ::: warning or ::: details`,
    );
  });
});
