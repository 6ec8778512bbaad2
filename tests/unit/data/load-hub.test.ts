import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { HubDataError } from "../../../lib/data/errors.ts";
import { loadHub, loadHubOrThrow } from "../../../lib/data/load-hub.ts";
import { errorsFor, loadFixture, organisationYaml, scheduleYaml, validFiles } from "./fixture-hub.ts";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

describe("loadHub", () => {
  it("loads the example data, with all nine characteristics and all 11 outcomes", () => {
    const result = loadHub("_data", PROJECT_ROOT);
    const summary = result.ok
      ? {
          name: result.data.organisation.shortName,
          characteristics: result.data.protectedCharacteristics.characteristics.length,
          outcomes: result.data.outcomes.outcomes?.length,
          entries: result.data.publicationSchedule.entries.length,
        }
      : result.errors;
    expect(summary).toEqual({ name: "NHS Wealdmoor ICB", characteristics: 9, outcomes: 11, entries: 13 });
  });

  it("fills in the defaults the schemas give for fields left out", () => {
    const result = loadFixture();
    const defaults = result.ok
      ? {
          dueSoonDays: result.data.publicationSchedule.dueSoonDays,
          bands: result.data.outcomes.ratingBands.map((band) => band.rating),
          evidence: result.data.outcomes.outcomes?.[0]?.evidence,
          notGraded: result.data.outcomes.outcomes?.[0]?.notGraded,
          events: result.data.outcomes.events,
        }
      : result.errors;
    expect(defaults).toEqual({
      dueSoonDays: 60,
      bands: ["undeveloped", "developing", "achieving", "excelling"],
      evidence: [],
      notGraded: [],
      events: [],
    });
  });

  it("names a missing file relative to the project and says to create it", () => {
    expect(errorsFor({ "outcomes.yaml": null })).toEqual([
      {
        file: "_data/outcomes.yaml",
        line: 1,
        column: 1,
        path: "",
        message: "_data/outcomes.yaml is missing: create it (see docs/content-model.md)",
      },
    ]);
  });

  it("suggests renaming a file saved as .yml", () => {
    expect(errorsFor({ "publication-schedule.yaml": null, "publication-schedule.yml": scheduleYaml })).toEqual([
      {
        file: "_data/publication-schedule.yaml",
        line: 1,
        column: 1,
        path: "",
        message:
          "_data/publication-schedule.yaml is missing: rename publication-schedule.yml to publication-schedule.yaml",
      },
    ]);
  });

  it("suggests renaming a file saved under a near-miss name", () => {
    expect(errorsFor({ "organisation.yaml": null, "organization.yaml": organisationYaml })).toEqual([
      {
        file: "_data/organisation.yaml",
        line: 1,
        column: 1,
        path: "",
        message: "_data/organisation.yaml is missing: rename organization.yaml to organisation.yaml",
      },
    ]);
  });

  it("says so once when the data folder itself does not exist", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "equality-hub-data-"));
    const result = loadHub("content", root);
    rmSync(root, { recursive: true, force: true });
    expect(result.ok ? [] : result.errors).toEqual([
      {
        file: "content",
        line: 1,
        column: 1,
        path: "",
        message:
          "the data folder content does not exist: check the --data option or HUB_DATA_DIR (the default is _data)",
      },
    ]);
  });

  it("says a file with nothing but comments is empty", () => {
    expect(errorsFor({ "objectives.yaml": "# to do\n" })).toEqual([
      {
        file: "_data/objectives.yaml",
        line: 1,
        column: 1,
        path: "",
        message: "the file is empty: add its fields (docs/content-model.md lists them)",
      },
    ]);
  });

  it("reports problems in every file together, each against its own file", () => {
    const errors = errorsFor({
      "organisation.yaml": organisationYaml.replace("type: ICB", "type: ICS"),
      "objectives.yaml": validFiles["objectives.yaml"].replace("status: on-track", "status: ontrack"),
      "outcomes.yaml": "domains: [\n",
    });
    expect(errors.map((error) => `${error.file}:${error.line}:${error.column}`)).toEqual([
      "_data/organisation.yaml:3:7",
      "_data/objectives.yaml:7:13",
      "_data/outcomes.yaml:1:10",
    ]);
  });

  it("reads a data folder given as an absolute path, naming files relative to the root", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "equality-hub-data-"));
    mkdirSync(path.join(root, "content"));
    writeFileSync(path.join(root, "content", "organisation.yaml"), organisationYaml);
    const result = loadHub(path.join(root, "content"), root);
    rmSync(root, { recursive: true, force: true });
    expect(result.ok ? [] : result.errors.map((error) => error.file)).toEqual([
      "content/protected-characteristics.yaml",
      "content/objectives.yaml",
      "content/outcomes.yaml",
      "content/publication-schedule.yaml",
      "content/legal-duties.yaml",
      "content/accessibility-statement.yaml",
      "content/policies.yaml",
      "content/engagement.yaml",
      "content/reports.yaml",
      "content/redirects.yaml",
    ]);
  });
});

describe("loadHubOrThrow", () => {
  it("throws a HubDataError whose message lists each problem as file:line:column", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "equality-hub-data-"));
    mkdirSync(path.join(root, "_data"));
    const thrown = (() => {
      try {
        return loadHubOrThrow("_data", root);
      } catch (error) {
        return error;
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    })();
    expect(thrown).toBeInstanceOf(HubDataError);
    expect((thrown as HubDataError).message).toMatch(
      /^_data\/objectives\.yaml:1:1 _data\/objectives\.yaml is missing: create it \(see docs\/content-model\.md\)$/m,
    );
  });
});
