import { describe, expect, it } from "vitest";
import { checkWithDataFile } from "./check-content.ts";

describe("a build with a document link that climbs out of the site", () => {
  for (const url of ["/../../etc/passwd", "/policies/%2e%2e/%2e%2e/secret.pdf", "/policies\\\\..\\\\secret.pdf"]) {
    it(`refuses ${url}`, () => {
      const check = checkWithDataFile("policies.yaml", (source) =>
        source.toString("utf8").replace(/url: https:\/\/www\.wealdmoor-icb\.example\/\S+\.pdf/, `url: "${url}"`),
      );
      expect(check.ok).toBe(false);
      expect(check.output).toMatch(
        new RegExp(`${check.file}:\\d+:\\d+ policies\\[0\\]\\S* '.+' is not a link this hub can use`),
      );
    });
  }
});
