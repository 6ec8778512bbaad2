import { describe, expect, it } from "vitest";
import { buildWithMistake } from "./run-build.ts";

describe("a build with an id that holds a look-alike character", () => {
  it("names the Cyrillic letter that looks like a Latin one", () => {
    const build = buildWithMistake("objectives.yaml", "      - disability\n", "      - dis\u0430bility\n");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain("'\u0430' (U+0430) is not a plain letter or digit, though it may look like one: retype it");
  });
});
