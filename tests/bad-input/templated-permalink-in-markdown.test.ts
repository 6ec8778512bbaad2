import { describe, expect, it } from "vitest";
import { buildWithPage } from "./run-build.ts";

describe("a markdown page whose permalink holds template syntax", () => {
  it("asks for a plain address, since markdown pages never go through a template engine, and writes nothing", () => {
    const build = buildWithPage("writing-test.md", "---\ntitle: Writing test\nlayout: layouts/page.njk\npermalink: \"/{{ title | slugify }}/\"\n---\n\nText.\n");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(
      `${build.file}:4:12 permalink: write the permalink as a plain address such as /our-equality-work/: '{{' and '{%' are not allowed in a markdown page`,
    );
  });
});
