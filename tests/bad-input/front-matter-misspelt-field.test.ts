/**
 * End to end, through the real build command: the case for the front matter stage. Every other
 * page mistake is checked in-process (check-content.ts); this one also shows what the build
 * command does with any of them: exit 1, no output folder, no stack trace, and the same text the
 * in-process check gives.
 */
import { describe, expect, it } from "vitest";
import { checkWithPage } from "./check-content.ts";
import { BUILD_TIMEOUT, buildWithPage } from "./run-build.ts";

const PAGE = "---\ntitel: Our work\nlayout: layouts/page.njk\n---\n\nText.\n";

describe("a page whose front matter misspells a field", { timeout: BUILD_TIMEOUT }, () => {
  it("suggests the field meant, at its line, and writes nothing", () => {
    const build = buildWithPage("writing-test.md", PAGE);
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:2:1 titel: unknown field 'titel': did you mean 'title'?`);
    // Each copy is in its own temporary folder, so the file is named differently in each.
    const check = checkWithPage("writing-test.md", PAGE);
    expect(build.stderr.replaceAll(build.file, check.file)).toContain(check.output);
  });
});
