import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with a required field missing", () => {
  it("names the field to add at the objective it belongs to, and stops the build", () => {
    const check = checkWithMistake("objectives.yaml", "    lead: Director of Nursing and Quality\n", "");
    expect(check.ok).toBe(false);
    expect(check.output).toContain(`${check.file}:4:5 objectives[0].lead: add 'lead' (write this as text)`);
  });
});
