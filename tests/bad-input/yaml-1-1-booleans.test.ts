import { describe, expect, it } from "vitest";
import { buildWithMistake } from "./run-build.ts";

describe("a build with yes or no where true or false belongs", () => {
  it("says to write true, because yes is read as text", () => {
    const build = buildWithMistake("policies.yaml", "      done: true\n", "      done: yes\n");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toMatch(new RegExp(`${build.file}:\\d+:13 policies\\[\\d+\\]\\.eia\\.done: write true or false: 'yes' is read as text here, so write true`));
  });
});
