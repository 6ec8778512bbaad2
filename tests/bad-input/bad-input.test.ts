/**
 * One content mistake at a time, through the real build command: each must name the file, line
 * and column and say how to fix it, never print a stack trace, exit 1, and write nothing.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeTempDir, PINNED_TODAY, PROJECT_ROOT, removeDir, runBuild } from "../helpers/build-hub.ts";

let workDir: string | undefined;
afterEach(() => {
  if (workDir) removeDir(workDir);
  workDir = undefined;
});

/** Copies the example data, applies one edit to one file, and builds. */
function buildWithMistake(file: string, edit: (source: string) => string) {
  workDir = makeTempDir("bad-input");
  const dataDir = path.join(workDir, "_data");
  const outputDir = path.join(workDir, "out");
  cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
  const target = path.join(dataDir, file);
  const before = readFileSync(target, "utf8");
  const after = edit(before);
  if (after === before) throw new Error(`The edit to ${file} changed nothing: fix the test`);
  writeFileSync(target, after);
  const run = runBuild(["--today", PINNED_TODAY, "--data", dataDir, "--output", outputDir]);
  return { ...run, outputDir, relativeFile: path.relative(PROJECT_ROOT, target).split(path.sep).join("/") };
}

function expectReported(run: ReturnType<typeof buildWithMistake>, line: number, message: RegExp) {
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(new RegExp(`${run.relativeFile.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:${line}:\\d+ `));
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).toMatch(/Nothing was built/);
  expect(existsSync(run.outputDir)).toBe(false);
}

describe("a build with bad data", () => {
  it("points at malformed YAML", () => {
    const run = buildWithMistake("objectives.yaml", (source) => source.replace("    lead: Director of Nursing and Quality", "    lead: [Director of Nursing"));
    expectReported(run, 14, /the YAML is malformed here/);
  });

  it("points at tab indentation and asks for spaces", () => {
    const run = buildWithMistake("organisation.yaml", (source) => source.replace("  email: enquiries@", "\temail: enquiries@"));
    expectReported(run, 9, /indent with spaces, not tabs/);
  });

  it("names a missing required field", () => {
    const run = buildWithMistake("objectives.yaml", (source) => source.replace("    lead: Director of Nursing and Quality\n", ""));
    expectReported(run, 4, /objectives\[0\]\.lead: add 'lead': it is required/);
  });

  it("says what type was expected and what was found", () => {
    const run = buildWithMistake("objectives.yaml", (source) => source.replace("      start: 2024\n      end: 2028\n    lead: Director of Nursing", "      start: twenty\n      end: 2028\n    lead: Director of Nursing"));
    expectReported(run, 11, /objectives\[0\]\.period\.start: write the year as a number, such as 2026 \(found 'twenty'\)/);
  });

  it("suggests the field meant by an unknown key", () => {
    const run = buildWithMistake("objectives.yaml", (source) => source.replace("    summary: >-\n      People who are disabled", "    sumary: >-\n      People who are disabled"));
    expectReported(run, 6, /unknown field 'sumary': did you mean 'summary'\?/);
  });

  it("suggests the allowed value closest to one outside an enumeration", () => {
    const run = buildWithMistake("objectives.yaml", (source) => source.replace("    status: at-risk", "    status: atrisk"));
    expectReported(run, 47, /objectives\[1\]\.status: 'atrisk' is not allowed here: did you mean 'at-risk'\?/);
  });

  it("points at a duplicate id and the line of the first", () => {
    const run = buildWithMistake("objectives.yaml", (source) => source.replace("  - id: inclusive-workforce", "  - id: fair-access"));
    expectReported(run, 66, /duplicate objective 'fair-access': it is already used on line 4/);
  });

  it("suggests the id meant by a reference to an unknown one", () => {
    const run = buildWithMistake("objectives.yaml", (source) => source.replace("      - pregnancy-maternity\n", "      - pregnancy\n"));
    expectReported(run, 52, /unknown characteristic 'pregnancy': did you mean 'pregnancy-maternity'\?/);
  });

  it("rejects a date that is not in the calendar", () => {
    const run = buildWithMistake("objectives.yaml", (source) => source.replace('due: "2025-03-31"', 'due: "2025-02-30"'));
    expectReported(run, 25, /this date does not exist in the calendar/);
  });

  it("asks for an unquoted date to be quoted", () => {
    const run = buildWithMistake("objectives.yaml", (source) => source.replace('due: "2025-03-31"', "due: 2025-03-31"));
    expectReported(run, 25, /put the date in quotes: '2025-03-31'/);
  });

  it("refuses an objectives period longer than four years", () => {
    const run = buildWithMistake("objectives.yaml", (source) => source.replace("      start: 2024\n      end: 2028\n    lead: Director of Nursing", "      start: 2024\n      end: 2029\n    lead: Director of Nursing"));
    expectReported(run, 12, /make the period 4 years or shorter/);
  });

  it("reports problems in several files together", () => {
    workDir = makeTempDir("bad-input");
    const dataDir = path.join(workDir, "_data");
    cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
    const organisation = path.join(dataDir, "organisation.yaml");
    writeFileSync(organisation, readFileSync(organisation, "utf8").replace("type: ICB", "type: ICS"));
    const objectives = path.join(dataDir, "objectives.yaml");
    writeFileSync(objectives, readFileSync(objectives, "utf8").replace("    status: at-risk", "    status: atrisk"));
    const run = runBuild(["--today", PINNED_TODAY, "--data", dataDir, "--output", path.join(workDir, "out")]);
    expect(run.stderr).toMatch(/organisation\.yaml:5:7 type: 'ICS' is not allowed here: did you mean 'ICB'\?/);
    expect(run.stderr).toMatch(/objectives\.yaml:47:13 /);
    expect(run.stderr).toMatch(/2 problems in 2 files/);
  });
});
