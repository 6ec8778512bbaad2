import { describe, expect, it } from "vitest";
import { buildWithMistake } from "./run-build.ts";

describe("a build with a duplicate id", () => {
  it("points at the second use, names the line of the first, and writes nothing", () => {
    const build = buildWithMistake("publication-schedule.yaml", "  - id: wdes", "  - id: wres");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:50:9 entries[4].id: duplicate id 'wres': it is already used on line 39; give each entry its own id`);
  });
});
