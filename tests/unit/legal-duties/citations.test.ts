/**
 * NHS Act 2006 citations as an editor meets them: the section in force for this kind of
 * organisation, the former CCG number only on an ICB's hub, and NHS England's own duty listed as
 * NHS England's. The fixture hub is an ICB; `asCcg` makes it a CCG.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadHub } from "../../../lib/data/load-hub.ts";
import { makeTempDir, PROJECT_ROOT, removeDir } from "../../helpers/build-hub.ts";
import { errorsFor, legalDutiesYaml, loadFixture, organisationYaml } from "../data/fixture-hub.ts";

const FILE = "_data/legal-duties.yaml";
const asCcg = organisationYaml.replace("type: ICB", "type: CCG");
/** The fixture's one NHS Act duty, on line 23. */
const SECTION_LINE = '    section: "14Z35"\n';

function withSection(lines: string): string {
  return legalDutiesYaml.replace(SECTION_LINE, lines);
}

/** NHS England's s.13G, appended after the human rights duty (lines 30 to 35). */
const nhsEnglandDuty = (owedBy: string) => `  - id: nhs-england-inequalities
    kind: nhs-act
    title: NHS England's duty to reduce inequalities
    law: National Health Service Act 2006
    section: "13G"
${owedBy}    summary: NHS England must think about reducing inequalities.
`;

describe("an NHS Act duty's section", () => {
  it("refuses the old sections: { icb, ccg } and names section and formerSection instead", () => {
    const errors = errorsFor({ "legal-duties.yaml": withSection('    sections: { icb: "14Z35", ccg: "14T" }\n') });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 23,
        column: 15,
        path: "duties[2].sections",
        message:
          "sections: { icb, ccg } is no longer used: write section, the number in force for this organisation (section: '14Z35' for an integrated care board, '14T' for a clinical commissioning group), and on an integrated care board's hub optionally formerSection, the CCG's number before 1 July 2022 (formerSection: '14T') (found a group of fields)",
      },
    ]);
  });

  it("on a CCG's hub, refuses an integrated care board's section and names the CCG's", () => {
    const errors = errorsFor({
      "organisation.yaml": asCcg,
      "legal-duties.yaml": withSection('    section: "14Z45"\n'),
    });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 23,
        column: 14,
        path: "duties[2].section",
        message:
          "section 14Z45 (public involvement and consultation) is an integrated care board's duty under the Health and Care Act 2022; a clinical commissioning group's hub cites section 14Z2 (public involvement)",
      },
    ]);
  });

  it("on an ICB's hub, refuses a CCG's section and offers it as formerSection", () => {
    const [error] = errorsFor({ "legal-duties.yaml": withSection('    section: "14T"\n') });
    expect(error?.message).toBe(
      "section 14T (reducing inequalities) was a clinical commissioning group's duty under the NHS Act 2006 as amended by the Health and Social Care Act 2012; an integrated care board's hub cites section 14Z35 (reducing inequalities), and may give formerSection: '14T' for readers of older papers",
    );
  });

  it("accepts a section the table does not know, as the Act has many more", () => {
    expect(loadFixture({ "legal-duties.yaml": withSection('    section: "14Z40"\n') }).ok).toBe(true);
  });

  it("checks a provision of the NHS Act 2006 on another kind of duty: a CCG's hub cannot cite section 14Z58", () => {
    const otherDuty = `  - id: annual-report
    kind: other
    title: Report every year
    law: National Health Service Act 2006
    provision: section 14Z58
    summary: Report on our duties.
`;
    const errors = errorsFor({
      "organisation.yaml": asCcg,
      "legal-duties.yaml": withSection('    section: "14T"\n') + otherDuty,
    });
    expect(errors).toEqual([
      expect.objectContaining({
        line: 34,
        path: "duties[4].provision",
        message:
          "section 14Z58 (the annual report) is an integrated care board's duty under the Health and Care Act 2022; a clinical commissioning group's hub cites its own section of the NHS Act 2006 as amended by the Health and Social Care Act 2012",
      }),
    ]);
  });
});

describe("an NHS Act duty's formerSection", () => {
  it("shows an ICB's duty with the CCG's number it replaced", () => {
    expect(loadFixture({ "legal-duties.yaml": withSection(`${SECTION_LINE}    formerSection: "14T"\n`) }).ok).toBe(
      true,
    );
  });

  it("is refused on a CCG's hub, whose section is already the CCG's own", () => {
    const errors = errorsFor({
      "organisation.yaml": asCcg,
      "legal-duties.yaml": withSection('    section: "14T"\n    formerSection: "14T"\n'),
    });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 24,
        column: 20,
        path: "duties[2].formerSection",
        message:
          "formerSection is for an integrated care board's hub, to give readers of older papers the CCG's number; on a clinical commissioning group's hub section is already the CCG's own number: remove formerSection",
      },
    ]);
  });

  it("names the right former number when it is another duty's", () => {
    const [error] = errorsFor({ "legal-duties.yaml": withSection(`${SECTION_LINE}    formerSection: "14Z2"\n`) });
    expect(error).toMatchObject({
      path: "duties[2].formerSection",
      message:
        "section 14Z35 (reducing inequalities) was section 14T before 1 July 2022, not 14Z2 (public involvement): write formerSection: '14T'",
    });
  });

  it("is refused when it is an integrated care board's own number", () => {
    const [error] = errorsFor({ "legal-duties.yaml": withSection(`${SECTION_LINE}    formerSection: "14Z42"\n`) });
    expect(error?.message).toBe(
      "formerSection is the clinical commissioning group's number before 1 July 2022, and section 14Z42 (integration) is an integrated care board's duty under the Health and Care Act 2022: write formerSection: '14T'",
    );
  });
});

describe("another body's duty", () => {
  it("lists NHS England's section 13G with owedBy, and does not count it as one of our NHS duties", () => {
    const ownDutyRemoved = legalDutiesYaml.replace(
      / {2}- id: reducing-inequalities\n[\s\S]*?(?= {2}- id: human-rights)/,
      nhsEnglandDuty("    owedBy: NHS England\n"),
    );
    expect(errorsFor({ "legal-duties.yaml": ownDutyRemoved })).toEqual([
      expect.objectContaining({
        path: "duties",
        message: "every ICB and CCG has these duties; add a duty of kind 'nhs-act'",
      }),
    ]);
  });

  it("asks for owedBy: NHS England when section 13G is listed as ours", () => {
    const errors = errorsFor({ "legal-duties.yaml": legalDutiesYaml + nhsEnglandDuty("") });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 34,
        column: 14,
        path: "duties[4].section",
        message:
          "section 13G (reducing inequalities) is NHS England's own duty, not ours: add owedBy: NHS England, and say in the summary how we support it",
      },
    ]);
  });

  it("names NHS England as the body that owes section 13G", () => {
    const [error] = errorsFor({
      "legal-duties.yaml": legalDutiesYaml + nhsEnglandDuty("    owedBy: NHS Improvement\n"),
    });
    expect(error).toMatchObject({
      path: "duties[4].owedBy",
      message: "section 13G is NHS England's own duty: write owedBy: NHS England",
    });
  });

  it("refuses owedBy on a section that is our own", () => {
    const errors = errorsFor({ "legal-duties.yaml": withSection(`${SECTION_LINE}    owedBy: NHS England\n`) });
    expect(errors.map((error) => [error.path, error.message])).toEqual([
      ["duties", "every ICB and CCG has these duties; add a duty of kind 'nhs-act'"],
      [
        "duties[2].section",
        "section 14Z35 (reducing inequalities) is an integrated care board's duty under the Health and Care Act 2022, so it is ours, not NHS England's: remove owedBy",
      ],
    ]);
  });

  it("refuses owedBy on the public sector equality duty, which binds us", () => {
    const [error] = errorsFor({
      "legal-duties.yaml": legalDutiesYaml.replace(
        "    provision: section 149\n",
        "    provision: section 149\n    owedBy: NHS England\n",
      ),
    });
    expect(error).toMatchObject({
      path: "duties[0].owedBy",
      message:
        "owedBy is for another body's duty that we support, such as NHS England's section 13G (kind: nhs-act or other); a duty of kind general-equality-duty is our own: remove owedBy",
    });
  });
});

describe("the CCG example legal-duties.yaml", () => {
  it("loads with the example hub's other files on a CCG's hub", () => {
    const root = makeTempDir("ccg-duties");
    try {
      cpSync(path.join(PROJECT_ROOT, "_data"), path.join(root, "_data"), { recursive: true });
      const organisation = path.join(root, "_data", "organisation.yaml");
      writeFileSync(organisation, readFileSync(organisation, "utf8").replace("type: ICB", "type: CCG"));
      cpSync(path.join(import.meta.dirname, "ccg-legal-duties.yaml"), path.join(root, "_data", "legal-duties.yaml"));
      const result = loadHub("_data", root);
      expect(result.ok ? [] : result.errors).toEqual([]);
    } finally {
      removeDir(root);
    }
  });
});
