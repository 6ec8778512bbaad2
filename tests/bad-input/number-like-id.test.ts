import { describe, expect, it } from "vitest";
import { buildWithMistake } from "./run-build.ts";

describe("a build with an unquoted id that YAML reads as a number", () => {
  it("asks for quotes, so the id stays text", () => {
    const build = buildWithMistake("objectives.yaml", "id: fair-access", "id: 2025");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:4:9 objectives[0].id: write an id in kebab-case, such as 'fair-access' (found the number 2025: put it in quotes, '2025', so YAML keeps it as text)`);
  });
});
