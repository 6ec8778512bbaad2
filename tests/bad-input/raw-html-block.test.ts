/**
 * End to end, through the real build command: the case for the markdown lint. Every other lint
 * rule is checked in-process (check-content.ts); this one also shows what the build command does
 * with any of them: exit 1, no output folder, no stack trace, and the same text the in-process
 * check gives.
 */
import { describe, expect, it } from "vitest";
import { checkWithPage } from "./check-content.ts";
import { BUILD_TIMEOUT, buildWithPage, PAGE_START } from "./run-build.ts";

const PAGE = `${PAGE_START}Intro.\n\n<div class="box">\nText.\n</div>\n`;

describe("a page with a raw HTML block", { timeout: BUILD_TIMEOUT }, () => {
  it("names the line and asks for markdown or a ::: component, and writes nothing", () => {
    const build = buildWithPage("writing-test.md", PAGE);
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(
      `${build.file}:8:1 raw HTML is not allowed here: use markdown, or ::: inset / ::: warning / ::: details for NHS.UK components`,
    );
    // Each copy is in its own temporary folder, so the file is named differently in each.
    const check = checkWithPage("writing-test.md", PAGE);
    expect(build.stderr.replaceAll(build.file, check.file)).toContain(check.output);
  });
});
