import { describe, expect, it } from "vitest";
import { buildWithMistake } from "./run-build.ts";

describe("a build with a required field missing", () => {
  it("names the field to add at the objective it belongs to, and writes nothing", () => {
    const build = buildWithMistake("objectives.yaml", "    lead: Director of Nursing and Quality\n", "");
    expect(build).toMatchObject({ status: 1, outputExists: false, stackTrace: false });
    expect(build.stderr).toContain(`${build.file}:4:5 objectives[0].lead: add 'lead' (write this as text)`);
  });
});
