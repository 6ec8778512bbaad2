import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with a field written twice in one entry", () => {
  it("points at the second and names the line of the first, instead of silently keeping one", () => {
    const check = checkWithMistake(
      "organisation.yaml",
      "shortName: NHS Wealdmoor ICB\n",
      "shortName: NHS Wealdmoor ICB\nshortName: Wealdmoor ICB\n",
    );
    expect(check.ok).toBe(false);
    expect(check.output).toMatch(new RegExp(`${check.file}:5:1 .*shortName.*line 4`));
  });
});
