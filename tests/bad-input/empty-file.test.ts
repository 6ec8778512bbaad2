import { describe, expect, it } from "vitest";
import { checkWithDataFile } from "./check-content.ts";

describe("a build with an empty data file", () => {
  it("says the file is empty and what to add, and stops the build", () => {
    const check = checkWithDataFile("objectives.yaml", () => "");
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:1:1 the file is empty: add its fields (docs/content-model.md lists them)`,
    );
  });
});
