import { describe, expect, it } from "vitest";
import { buildWithPage, PAGE_START } from "./run-build.ts";

describe("a page with a PDF link that does not give its format and size", () => {
  it("asks for them in the link text, and writes nothing", () => {
    const build = buildWithPage("writing-test.md", `${PAGE_START}Read our [annual report](/files/annual-report.pdf).\n`);
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:6:10 this link opens a PDF file: say its format and size at the end of the link text, such as '(PDF, 240 KB)'`);
  });
});
