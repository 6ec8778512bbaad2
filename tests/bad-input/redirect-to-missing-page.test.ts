/**
 * End to end, through the real build command: the case for the checks against the built site
 * (lib/build/check-targets.ts), which need Eleventy to have run, so no in-process check can stand
 * in for it. It stops before the browser checks. Broken internal links and fragments, the other
 * half of that stage, are in tests/build/broken-links.test.ts.
 */
import { describe, expect, it } from "vitest";
import { BUILD_TIMEOUT, buildWithMistake } from "./run-build.ts";

describe("a build with a redirect to a page it does not make", { timeout: BUILD_TIMEOUT }, () => {
  it("names the redirect's line and publishes nothing", () => {
    const build = buildWithMistake("redirects.yaml", "    to: /eds-scorecard/\n", "    to: /eds-score-card/\n");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toMatch(
      new RegExp(
        `${build.file}:\\d+:9 redirects\\[2\\]\\.to: '/eds-score-card/' is not a page of the site this build made`,
      ),
    );
    expect(build.stderr).toContain("Nothing was published: fix it and build again.");
  });
});
