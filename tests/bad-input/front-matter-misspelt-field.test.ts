import { describe, expect, it } from "vitest";
import { buildWithPage } from "./run-build.ts";

describe("a page whose front matter misspells a field", () => {
  it("suggests the field meant, at its line, and writes nothing", () => {
    const build = buildWithPage("writing-test.md", "---\ntitel: Our work\nlayout: layouts/page.njk\n---\n\nText.\n");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:2:1 titel: unknown field 'titel': did you mean 'title'?`);
  });
});
