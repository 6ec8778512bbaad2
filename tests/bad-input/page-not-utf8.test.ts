import { describe, expect, it } from "vitest";
import { checkWithPage } from "./check-content.ts";

describe("a markdown page not saved as UTF-8, or with an invisible character pasted in", () => {
  it("points at the first byte that is not UTF-8", () => {
    // "Café" as Windows-1252 saves it; written through latin1 so the byte 0xE9 reaches the file.
    const check = checkWithPage(
      "writing-test.md",
      Buffer.from("---\ntitle: Our work\nlayout: layouts/page.njk\n---\n\nCaf\u00e9 opening times.\n", "latin1"),
    );
    expect(check.ok).toBe(false);
    expect(check.output).toContain(`${check.file}:6:4 this file is not saved as UTF-8 (byte 0xE9 here)`);
  });

  it("names a control character pasted into the text", () => {
    const check = checkWithPage(
      "writing-test.md",
      "---\ntitle: Our work\nlayout: layouts/page.njk\n---\n\nOpening\u000b times.\n",
    );
    expect(check.ok).toBe(false);
    expect(check.output).toContain(`${check.file}:6:8 there is an invisible control character (U+000B) here`);
  });
});
