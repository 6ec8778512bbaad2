import { describe, expect, it } from "vitest";
import { checkWithPage, PAGE_START } from "./check-content.ts";

describe("a page with a PDF link that does not give its format and size", () => {
  it("asks for them in the link text, and stops the build", () => {
    const check = checkWithPage(
      "writing-test.md",
      `${PAGE_START}Read our [annual report](/files/annual-report.pdf).\n`,
    );
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:6:10 this link opens a PDF file: say its format and size at the end of the link text, such as '(PDF, 240 KB)'`,
    );
  });
});
