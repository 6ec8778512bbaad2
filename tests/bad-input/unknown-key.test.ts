/**
 * End to end, through the real build command: the case for the data stage. Every other data
 * mistake is checked in-process (check-content.ts); this one also shows what the build command
 * does with any of them: exit 1, no output folder, no stack trace, and the same text the
 * in-process check gives.
 */
import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";
import { BUILD_TIMEOUT, buildWithMistake } from "./run-build.ts";

describe("a build with an unknown field", { timeout: BUILD_TIMEOUT }, () => {
  it("suggests the field meant, and writes nothing", () => {
    const build = buildWithMistake("objectives.yaml", "    summary: >-", "    sumary: >-");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(
      `${build.file}:6:5 objectives[0].sumary: unknown field 'sumary': did you mean 'summary'?`,
    );
    // Each copy is in its own temporary folder, so the file is named differently in each.
    const check = checkWithMistake("objectives.yaml", "    summary: >-", "    sumary: >-");
    expect(build.stderr.replaceAll(build.file, check.file)).toContain(check.output);
  });
});
