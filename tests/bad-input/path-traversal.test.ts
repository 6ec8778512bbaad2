import { describe, expect, it } from "vitest";
import { buildWithDataFile } from "./run-build.ts";

describe("a build with a document link that climbs out of the site", () => {
  for (const url of ["/../../etc/passwd", "/policies/%2e%2e/%2e%2e/secret.pdf", "/policies\\\\..\\\\secret.pdf"]) {
    it(`refuses ${url}`, () => {
      const build = buildWithDataFile("policies.yaml", (source) => source.toString("utf8").replace(/url: https:\/\/www\.wealdmoor-icb\.example\/\S+\.pdf/, `url: "${url}"`));
      expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
      expect(build.stderr).toMatch(new RegExp(`${build.file}:\\d+:\\d+ policies\\[0\\]\\S* '.+' is not a link this hub can use`));
    });
  }
});
