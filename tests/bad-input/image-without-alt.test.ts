import { describe, expect, it } from "vitest";
import { buildWithPage, PAGE_START } from "./run-build.ts";

describe("a page with an image without alt text", () => {
  it("asks for a description of the image, and writes nothing", () => {
    const build = buildWithPage("writing-test.md", `${PAGE_START}Our scores:\n\n![](/assets/images/nhsuk-icon-180.png)\n`);
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:8:1 this image has no alt text: describe what it shows between the [ ], such as ![Bar chart of staff survey scores by year](...)`);
  });
});
