import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with a duplicate id", () => {
  it("points at the second use, names the line of the first, and stops the build", () => {
    const check = checkWithMistake("publication-schedule.yaml", "  - id: wdes", "  - id: wres");
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:57:9 entries[4].id: duplicate id 'wres': it is already used on line 45; give each entry its own id`,
    );
  });
});
