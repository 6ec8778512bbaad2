import { describe, expect, it } from "vitest";
import { buildWithPage } from "./run-build.ts";

describe("a page whose front matter says yes where true belongs", () => {
  it("says to write true, and writes nothing", () => {
    const build = buildWithPage("writing-test.md", "---\ntitle: Our work\nlayout: layouts/page.njk\nhideBreadcrumbs: yes\n---\n\nText.\n");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:4:18 hideBreadcrumbs: write true or false: 'yes' is read as text here, so write true`);
  });
});
