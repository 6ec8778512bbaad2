import { describe, expect, it } from "vitest";
import { buildWithPage, PAGE_START } from "./run-build.ts";

describe("a page with an image whose alt text is a file name", () => {
  it("asks for a description instead, and writes nothing", () => {
    const build = buildWithPage("writing-test.md", `${PAGE_START}![IMG_1234.jpg](/assets/images/nhsuk-icon-180.png)\n`);
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:6:1 the alt text 'IMG_1234.jpg' is a file name: describe what the image shows instead`);
  });
});
