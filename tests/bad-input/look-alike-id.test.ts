import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with an id that holds a look-alike character", () => {
  it("names the Cyrillic letter that looks like a Latin one", () => {
    const check = checkWithMistake("objectives.yaml", "      - disability\n", "      - dis\u0430bility\n");
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      "'\u0430' (U+0430) is not a plain letter or digit, though it may look like one: retype it",
    );
  });
});
