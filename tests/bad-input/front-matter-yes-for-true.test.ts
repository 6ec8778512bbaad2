import { describe, expect, it } from "vitest";
import { checkWithPage } from "./check-content.ts";

describe("a page whose front matter says yes where true belongs", () => {
  it("says to write true, and stops the build", () => {
    const check = checkWithPage(
      "writing-test.md",
      "---\ntitle: Our work\nlayout: layouts/page.njk\nhideBreadcrumbs: yes\n---\n\nText.\n",
    );
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:4:18 hideBreadcrumbs: write true or false: 'yes' is read as text here, so write true`,
    );
  });
});
