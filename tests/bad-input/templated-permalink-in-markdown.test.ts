import { describe, expect, it } from "vitest";
import { checkWithPage } from "./check-content.ts";

describe("a markdown page whose permalink holds template syntax", () => {
  it("asks for a plain address, since markdown pages never go through a template engine, and stops the build", () => {
    const check = checkWithPage(
      "writing-test.md",
      '---\ntitle: Writing test\nlayout: layouts/page.njk\npermalink: "/{{ title | slugify }}/"\n---\n\nText.\n',
    );
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:4:12 permalink: write the permalink as a plain address such as /our-equality-work/: '{{' and '{%' are not allowed in a markdown page`,
    );
  });
});
