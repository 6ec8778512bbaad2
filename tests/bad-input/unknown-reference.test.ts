import { describe, expect, it } from "vitest";
import { buildWithMistake } from "./run-build.ts";

describe("a build with a reference to an unknown id", () => {
  it("suggests the characteristic meant, and writes nothing", () => {
    const build = buildWithMistake("objectives.yaml", "      - pregnancy-maternity\n", "      - pregnancy\n");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(
      `${build.file}:52:9 objectives[1].characteristics[0]: unknown characteristic 'pregnancy' (not in protected-characteristics.yaml): did you mean 'pregnancy-maternity'?`,
    );
  });
});
