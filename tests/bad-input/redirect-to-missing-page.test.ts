import { describe, expect, it } from "vitest";
import { buildWithMistake } from "./run-build.ts";

describe("a build with a redirect to a page it does not make", () => {
  it("names the redirect's line and publishes nothing", () => {
    const build = buildWithMistake("redirects.yaml", "    to: /eds-scorecard/\n", "    to: /eds-score-card/\n");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toMatch(new RegExp(`${build.file}:\\d+:9 redirects\\[2\\]\\.to: '/eds-score-card/' is not a page of the site this build made`));
    expect(build.stderr).toContain("Nothing was published: fix it and build again.");
  });
});
