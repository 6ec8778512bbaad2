import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with a reference to an unknown id", () => {
  it("suggests the characteristic meant, and stops the build", () => {
    const check = checkWithMistake("objectives.yaml", "      - pregnancy-maternity\n", "      - pregnancy\n");
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:52:9 objectives[1].characteristics[0]: unknown characteristic 'pregnancy' (not in protected-characteristics.yaml): did you mean 'pregnancy-maternity'?`,
    );
  });
});
