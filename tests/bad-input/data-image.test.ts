import { describe, expect, it } from "vitest";
import { checkWithPage, PAGE_START } from "./check-content.ts";

describe("a page with a data: image", () => {
  it("names the image and says where images can come from, and stops the build", () => {
    const check = checkWithPage(
      "writing-test.md",
      `${PAGE_START}A chart: ![Bar chart of scores](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)\n`,
    );
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:6:10 image addresses must start with https://, http:// or /: put the image in the site's folder and use its path, such as /assets/images/chart.png`,
    );
  });
});
