import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with a tab in the indentation", () => {
  it("stops at the tab, asks for spaces, and the build goes no further", () => {
    const check = checkWithMistake("organisation.yaml", "  email: enquiries@", "\temail: enquiries@");
    expect(check.ok).toBe(false);
    expect(check.output).toContain(`${check.file}:9:1 indent with spaces, not tabs`);
  });
});
