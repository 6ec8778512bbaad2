import { describe, expect, it } from "vitest";
import { checkWithPage, PAGE_START } from "./check-content.ts";

describe("a page with an image whose alt text is a file name", () => {
  it("asks for a description instead, and stops the build", () => {
    const check = checkWithPage("writing-test.md", `${PAGE_START}![IMG_1234.jpg](/assets/images/nhsuk-icon-180.png)\n`);
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:6:1 the alt text 'IMG_1234.jpg' is a file name: describe what the image shows instead`,
    );
  });
});
