import { describe, expect, it } from "vitest";
import { checkWithDataFile } from "./check-content.ts";

describe("a build with a data file far larger than any real content", () => {
  it("refuses it quickly with its size, rather than tying the build up", () => {
    const check = checkWithDataFile("redirects.yaml", () => `redirects: []\n# ${"x".repeat(6 * 1024 * 1024)}\n`);
    expect(check.ok).toBe(false);
    expect(check.output).toContain(`${check.file}:1:1 this file is 6.0 MB, more than the 5 MB the hub reads`);
  });
});
