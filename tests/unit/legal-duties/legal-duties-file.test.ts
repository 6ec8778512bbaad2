/**
 * legal-duties.yaml: the law's duties all present, the general duty's three aims, links that
 * resolve. NHS Act citations are in citations.test.ts, summaries in summary.test.ts.
 */
import { describe, expect, it } from "vitest";
import { errorsFor, legalDutiesYaml, loadFixture } from "../data/fixture-hub.ts";

const FILE = "_data/legal-duties.yaml";

describe("legal-duties.yaml", () => {
  it("loads the fixture's duties, with the aims the YAML words", () => {
    const result = loadFixture();
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.data.legalDuties.duties.map((duty) => duty.kind)).toEqual([
      "general-equality-duty",
      "specific-duty",
      "nhs-act",
      "human-rights",
    ]);
  });

  it("asks an NHS Act duty for the section in force for this organisation", () => {
    const errors = errorsFor({ "legal-duties.yaml": legalDutiesYaml.replace('    section: "14Z35"\n', "") });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 19,
        column: 5,
        path: "duties[2].section",
        message:
          "add 'section' (an NHS Act duty needs the section number in force for this organisation, such as section: '14Z35' for an integrated care board or '14T' for a clinical commissioning group)",
      },
    ]);
  });

  it("rejects a section written with 's.' and says to write the number alone", () => {
    const [error] = errorsFor({
      "legal-duties.yaml": legalDutiesYaml.replace('section: "14Z35"', 'section: "s.14Z35"'),
    });
    expect(error).toMatchObject({
      file: FILE,
      line: 23,
      path: "duties[2].section",
      message: "write just the section number, such as '14Z35' or '14T' (no 's.' or 'section') (found text 's.14Z35')",
    });
  });

  it("names the aim of the general duty that is missing", () => {
    const errors = errorsFor({
      "legal-duties.yaml": legalDutiesYaml.replace(
        "      - { id: foster-good-relations, name: Foster good relations, description: Foster good relations. }\n",
        "",
      ),
    });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 8,
        column: 5,
        path: "duties[0].aims",
        message: "s.149(1) has three aims; add 'foster-good-relations'",
      },
    ]);
  });

  it("names each kind of duty every ICB has when one is missing", () => {
    const withoutRights = legalDutiesYaml.slice(0, legalDutiesYaml.indexOf("  - id: human-rights"));
    expect(errorsFor({ "legal-duties.yaml": withoutRights })).toEqual([
      {
        file: FILE,
        line: 1,
        column: 1,
        path: "duties",
        message: "every ICB and CCG has these duties; add a duty of kind 'human-rights'",
      },
    ]);
  });

  it("suggests the schedule entry meant by an unknown 'met by' id", () => {
    const errors = errorsFor({
      "legal-duties.yaml": legalDutiesYaml.replace("schedule: [gender-pay-gap]", "schedule: [gender-pay]"),
    });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 13,
        column: 18,
        path: "duties[0].metBy.schedule[0]",
        message:
          "unknown schedule entry 'gender-pay' (not in publication-schedule.yaml): did you mean 'gender-pay-gap'?",
      },
    ]);
  });

  it("allows aims only on the general duty", () => {
    const errors = errorsFor({
      "legal-duties.yaml": legalDutiesYaml.replace(
        "    summary: Respect human rights.\n",
        "    summary: Respect human rights.\n    aims: []\n",
      ),
    });
    expect(errors).toEqual([
      expect.objectContaining({
        path: "duties[3].aims",
        message: "only the general equality duty (kind: general-equality-duty) has aims: remove them here",
      }),
    ]);
  });
});
