import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with yes or no where true or false belongs", () => {
  it("says to write true, because yes is read as text", () => {
    const check = checkWithMistake("policies.yaml", "      done: true\n", "      done: yes\n");
    expect(check.ok).toBe(false);
    expect(check.output).toMatch(
      new RegExp(
        `${check.file}:\\d+:13 policies\\[\\d+\\]\\.eia\\.done: write true or false: 'yes' is read as text here, so write true`,
      ),
    );
  });
});
