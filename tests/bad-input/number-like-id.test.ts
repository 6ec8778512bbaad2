import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with an unquoted id that YAML reads as a number", () => {
  it("asks for quotes, so the id stays text", () => {
    const check = checkWithMistake("objectives.yaml", "id: fair-access", "id: 2025");
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:4:9 objectives[0].id: write an id in kebab-case, such as 'fair-access' (found the number 2025: put it in quotes, '2025', so YAML keeps it as text)`,
    );
  });
});
