import { describe, expect, it } from "vitest";
import { checkWithPage, PAGE_START } from "./check-content.ts";

describe("a page with an image without alt text", () => {
  it("asks for a description of the image, and stops the build", () => {
    const check = checkWithPage(
      "writing-test.md",
      `${PAGE_START}Our scores:\n\n![](/assets/images/nhsuk-icon-180.png)\n`,
    );
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:8:1 this image has no alt text: describe what it shows between the [ ], such as ![Bar chart of staff survey scores by year](...)`,
    );
  });
});
