/** The build's warnings about policies past their review date: valid data, but someone must act. */
import { describe, expect, it } from "vitest";
import { collectWarnings, formatDataWarnings } from "../../../lib/data/warnings.ts";
import { loadFixture, organisationYaml } from "../data/fixture-hub.ts";
import { policiesWith, policiesYaml } from "./policies-yaml.ts";

function warningsFor(yaml: string, today: string) {
  const loaded = loadFixture({ "policies.yaml": yaml });
  if (!loaded.ok) throw new Error(`the test data did not load: ${JSON.stringify(loaded.errors)}`);
  return collectWarnings(loaded.data, loaded.files, today).filter((warning) => warning.file === "_data/policies.yaml");
}

describe("warning about policies past their review date", () => {
  it("warns once about a policy whose review date has passed, at its review date, saying what to do", () => {
    expect(warningsFor(policiesYaml, "2026-11-23")).toEqual([
      {
        file: "_data/policies.yaml",
        line: 9,
        column: 16,
        path: "policies[0].reviewDue",
        message:
          "'Recruitment policy' was due for review on 31 March 2026: review it and update reviewDue (and version and approved) here",
      },
    ]);
  });

  it("does not warn on the review date itself, only the day after", () => {
    expect(warningsFor(policiesYaml, "2026-03-31")).toEqual([]);
    expect(warningsFor(policiesYaml, "2026-04-01").map((warning) => warning.path)).toEqual(["policies[0].reviewDue"]);
  });

  it("warns about every overdue policy, in the form the build prints", () => {
    const warnings = warningsFor(policiesWith('reviewDue: "2028-09-30"', 'reviewDue: "2026-10-31"'), "2026-11-23");
    expect(formatDataWarnings(warnings).split("\n")).toEqual([
      "_data/policies.yaml:9:16 policies[0].reviewDue: warning: 'Recruitment policy' was due for review on 31 March 2026: review it and update reviewDue (and version and approved) here",
      "_data/policies.yaml:24:16 policies[1].reviewDue: warning: 'Risk management policy' was due for review on 31 October 2026: review it and update reviewDue (and version and approved) here",
      "2 warnings: the site still builds, but these need attention.",
    ]);
  });
});

describe("warnings for an organisation that has closed", () => {
  const closed = `${organisationYaml}ceased:\n  closedOn: '2022-07-01'\n  successor: { name: NHS Testshire ICB, url: 'https://testshire-icb.example' }\n`;

  it("are off: nobody will review a closed organisation's policies", () => {
    const loaded = loadFixture({ "organisation.yaml": closed, "policies.yaml": policiesYaml });
    if (!loaded.ok) throw new Error(`the test data did not load: ${JSON.stringify(loaded.errors)}`);
    expect(collectWarnings(loaded.data, loaded.files, "2026-11-23")).toEqual([]);
  });

  it("still come before the day it closes", () => {
    const closing = closed.replace("2022-07-01", "2027-04-01");
    const loaded = loadFixture({ "organisation.yaml": closing, "policies.yaml": policiesYaml });
    if (!loaded.ok) throw new Error(`the test data did not load: ${JSON.stringify(loaded.errors)}`);
    expect(collectWarnings(loaded.data, loaded.files, "2026-11-23").map((warning) => warning.path)).toEqual([
      "policies[0].reviewDue",
    ]);
  });
});
