import { describe, expect, it } from "vitest";
import { buildWithPage } from "./run-build.ts";

describe("a markdown page not saved as UTF-8, or with an invisible character pasted in", () => {
  it("points at the first byte that is not UTF-8", () => {
    // "Café" as Windows-1252 saves it; written through latin1 so the byte 0xE9 reaches the file.
    const build = buildWithPage("writing-test.md", Buffer.from("---\ntitle: Our work\nlayout: layouts/page.njk\n---\n\nCaf\u00e9 opening times.\n", "latin1"));
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:6:4 this file is not saved as UTF-8 (byte 0xE9 here)`);
  });

  it("names a control character pasted into the text", () => {
    const build = buildWithPage("writing-test.md", "---\ntitle: Our work\nlayout: layouts/page.njk\n---\n\nOpening\u000b times.\n");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:6:8 there is an invisible control character (U+000B) here`);
  });
});
