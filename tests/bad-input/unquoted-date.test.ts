import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with an unquoted date", () => {
  it("asks for the date in quotes, and stops the build", () => {
    const check = checkWithMistake("objectives.yaml", 'due: "2025-03-31"', "due: 2025-03-31");
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:25:14 objectives[0].actions[0].due: put the date in quotes: '2025-03-31'`,
    );
  });
});
