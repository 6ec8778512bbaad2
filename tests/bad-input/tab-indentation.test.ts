import { describe, expect, it } from "vitest";
import { buildWithMistake } from "./run-build.ts";

describe("a build with a tab in the indentation", () => {
  it("stops at the tab, asks for spaces, and writes nothing", () => {
    const build = buildWithMistake("organisation.yaml", "  email: enquiries@", "\temail: enquiries@");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:9:1 indent with spaces, not tabs`);
  });
});
