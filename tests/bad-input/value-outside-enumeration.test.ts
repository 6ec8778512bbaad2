import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with a value outside its enumeration", () => {
  it("suggests the closest allowed value and lists them all, and stops the build", () => {
    const check = checkWithMistake("objectives.yaml", "    status: at-risk", "    status: atrisk");
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:47:13 objectives[1].status: 'atrisk' is not allowed here: did you mean 'at-risk'? (allowed: 'not-started', 'on-track', 'at-risk', 'achieved')`,
    );
  });
});
