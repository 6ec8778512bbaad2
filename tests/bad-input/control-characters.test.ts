import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with an invisible control character pasted into a value", () => {
  it("names the character and where it is, and stops the build", () => {
    const check = checkWithMistake("objectives.yaml", "title: Make our services", "title: Make our\u0008 services");
    expect(check.ok).toBe(false);
    expect(check.output).toMatch(
      new RegExp(`${check.file}:\\d+:\\d+ there is an invisible control character \\(U\\+0008\\) here`),
    );
  });

  it("also refuses a right-to-left override, which makes text read differently from how it is stored", () => {
    const check = checkWithMistake("objectives.yaml", "title: Make our services", "title: Make our \u202Esecivres");
    expect(check.ok).toBe(false);
    expect(check.output).toContain("(U+202E)");
  });
});
