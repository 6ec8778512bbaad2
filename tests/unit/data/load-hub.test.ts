import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { closestMatch } from "../../../lib/data/did-you-mean.ts";
import { loadHub } from "../../../lib/data/load-hub.ts";
import { makeTempDir, PROJECT_ROOT } from "../../helpers/build-hub.ts";

let workDir: string | undefined;
afterEach(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
});

/** A copy of the example data with one file changed; returns the loader's errors. */
function errorsAfter(file: string, edit: (source: string) => string) {
  workDir = makeTempDir("load");
  cpSync(path.join(PROJECT_ROOT, "_data"), path.join(workDir, "_data"), { recursive: true });
  const target = path.join(workDir, "_data", file);
  writeFileSync(target, edit(readFileSync(target, "utf8")));
  const result = loadHub("_data", workDir);
  if (result.ok) throw new Error("expected the data to be rejected");
  return result.errors;
}

describe("loadHub", () => {
  it("loads the example data with every file's contents", () => {
    const result = loadHub("_data", PROJECT_ROOT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.characteristics).toHaveLength(9);
    expect(result.data.eds.outcomes).toHaveLength(11);
    expect(result.data.organisation.shortName).toBe("NHS Wealdmoor ICB");
  });

  it("reports a missing file by its path relative to the project", () => {
    workDir = makeTempDir("load");
    cpSync(path.join(PROJECT_ROOT, "_data"), path.join(workDir, "_data"), { recursive: true });
    rmSync(path.join(workDir, "_data", "outcomes.yaml"));
    const result = loadHub("_data", workDir);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({ file: "_data/outcomes.yaml", line: 1, column: 1, message: expect.stringMatching(/is missing: create it/) }),
    ]);
  });

  it("says an empty file is empty", () => {
    expect(errorsAfter("organisation.yaml", () => "")).toEqual([expect.objectContaining({ message: expect.stringMatching(/the file is empty/) })]);
  });

  it("points at the key of an unknown field, with its path", () => {
    const errors = errorsAfter("organisation.yaml", (source) => source.replace("shortName:", "shortname:"));
    expect(errors.find((error) => error.path === "shortname")).toMatchObject({ file: "_data/organisation.yaml", line: 4, column: 1, message: "unknown field 'shortname': did you mean 'shortName'?" });
  });

  it("names the protected characteristics that are missing", () => {
    const errors = errorsAfter("protected-characteristics.yaml", (source) => source.replace(/  - id: race[\s\S]*?(?=  - id: religion-belief)/, ""));
    expect(errors.map((error) => error.message)).toContain("the Equality Act 2010 has nine protected characteristics; add 'race'");
  });

  it("asks for an outcome to be graded in every year the others are", () => {
    const errors = errorsAfter("outcomes.yaml", (source) => source.replace(/(  - code: 2B[\s\S]*?)      - year: "2025\/26"[\s\S]*?(?=    evidence:)/, "$1"));
    expect(errors).toEqual([expect.objectContaining({ path: "outcomes[5].gradings", message: expect.stringMatching(/outcome 2B has no grading for 2025\/26/) })]);
  });

  it("rejects rating bands that leave a score without a rating", () => {
    const errors = errorsAfter("outcomes.yaml", (source) => source.replace("{ rating: achieving, min: 22, max: 32 }", "{ rating: achieving, min: 23, max: 32 }"));
    expect(errors[0]?.message).toMatch(/this band should start at 22/);
  });

  it("needs a starting point for an interval that was never published", () => {
    const errors = errorsAfter("publication-schedule.yaml", (source) => source.replace(/    lastPublished:\n      date: "2025-12-10"\n      url: [^\n]+\n/, ""));
    expect(errors).toEqual([expect.objectContaining({ path: "entries[1].rule", message: expect.stringMatching(/add lastPublished, or rule.firstDue/) })]);
  });
});

describe("suggestions for mistyped names", () => {
  it("suggest a close id but not a merely short one", () => {
    expect(closestMatch("pregnancy", ["age", "pregnancy-maternity"])).toBe("pregnancy-maternity");
    expect(closestMatch("titel", ["title", "summary"])).toBe("title");
    expect(closestMatch("race", ["age", "sex"])).toBeUndefined();
  });
});
