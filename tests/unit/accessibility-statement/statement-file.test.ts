/** accessibility-statement.yaml: what the model statement needs, and agreement with the schedule. */
import { describe, expect, it } from "vitest";
import { accessibilityStatementYaml, errorsFor, loadFixture } from "../data/fixture-hub.ts";
import { collectWarnings } from "../../../lib/data/warnings.ts";

const FILE = "_data/accessibility-statement.yaml";
const partial = `complianceStatus: partially-compliant
nonAccessibleContent:
  - description: Old PDF reports are not tagged.
    reason: non-compliance
    criteria: ["1.3.1 Info and Relationships"]
    fixBy: "2026-06-30"
preparedOn: "2026-01-10"
lastReviewedOn: "2026-03-24"
reviewEntry: gender-pay-gap
`;

describe("accessibility-statement.yaml", () => {
  it("loads a partially compliant statement with its non-compliance", () => {
    const result = loadFixture({ "accessibility-statement.yaml": partial });
    expect(result.ok && result.data.accessibilityStatement.nonAccessibleContent[0]?.fixBy).toBe("2026-06-30");
  });

  it("asks a partially compliant statement to list what does not comply", () => {
    const errors = errorsFor({
      "accessibility-statement.yaml": accessibilityStatementYaml.replace("fully-compliant", "partially-compliant"),
    });
    expect(errors).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 1,
        path: "nonAccessibleContent",
        message:
          "add 'nonAccessibleContent' (a partially-compliant site must list what does not comply (reason: non-compliance), or say fully-compliant)",
      }),
    ]);
  });

  it("refuses a fully compliant statement that lists non-compliance", () => {
    const errors = errorsFor({
      "accessibility-statement.yaml": partial.replace("partially-compliant", "fully-compliant"),
    });
    expect(errors).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 1,
        path: "complianceStatus",
        message: expect.stringContaining("a fully compliant site has no non-compliance, but 1 item is listed"),
      }),
    ]);
  });

  it("asks for the criteria and the date a non-compliance will be fixed", () => {
    const errors = errorsFor({
      "accessibility-statement.yaml": partial.replace(
        '    criteria: ["1.3.1 Info and Relationships"]\n    fixBy: "2026-06-30"\n',
        "",
      ),
    });
    expect(errors.map((error) => [error.path, error.line])).toEqual([
      ["nonAccessibleContent[0].criteria", 3],
      ["nonAccessibleContent[0].fixBy", 3],
    ]);
    expect(errors[1]?.message).toBe(
      "add 'fixBy' (say when it will be fixed, such as fixBy: '2027-03-31': the regulations ask for a date)",
    );
  });

  it("points at a last review date that differs from the schedule's", () => {
    const errors = errorsFor({
      "accessibility-statement.yaml": accessibilityStatementYaml.replace(
        'lastReviewedOn: "2026-03-24"',
        'lastReviewedOn: "2026-03-25"',
      ),
    });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 3,
        column: 17,
        path: "lastReviewedOn",
        message:
          "the statement says it was last reviewed on 2026-03-25, but publication-schedule.yaml entry 'gender-pay-gap' says 2026-03-24: make them the same date",
      },
    ]);
  });

  it("suggests the schedule entry meant by an unknown review entry", () => {
    const errors = errorsFor({
      "accessibility-statement.yaml": accessibilityStatementYaml.replace(
        "reviewEntry: gender-pay-gap",
        "reviewEntry: gender-pay",
      ),
    });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 4,
        column: 14,
        path: "reviewEntry",
        message:
          "unknown schedule entry 'gender-pay' (not in publication-schedule.yaml): did you mean 'gender-pay-gap'?",
      },
    ]);
  });

  it("warns, without failing, when a promised fix date has passed", () => {
    const result = loadFixture({ "accessibility-statement.yaml": partial });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(collectWarnings(result.data, result.files, "2026-07-01").filter((warning) => warning.file === FILE)).toEqual(
      [
        {
          file: FILE,
          line: 6,
          column: 12,
          path: "nonAccessibleContent[0].fixBy",
          message:
            "the statement promised a fix by 2026-06-30, which has passed: fix it and remove the item, or give a new date",
        },
      ],
    );
    expect(collectWarnings(result.data, result.files, "2026-06-30").filter((warning) => warning.file === FILE)).toEqual(
      [],
    );
  });
});
