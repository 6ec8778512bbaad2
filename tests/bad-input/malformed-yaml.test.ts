import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with malformed YAML", () => {
  it("stops at the '[' that is never closed, says to close it, and the build goes no further", () => {
    const check = checkWithMistake(
      "objectives.yaml",
      "    lead: Director of Nursing and Quality",
      "    lead: [Director of Nursing and Quality",
    );
    expect(check.ok).toBe(false);
    expect(check.output).toContain(`${check.file}:13:11 this '[' is never closed: add ']' at the end of the line`);
  });
});
