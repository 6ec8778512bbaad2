/** What an editor is told when policies.yaml is wrong: the file, line and column, and how to fix it. */
import { describe, expect, it } from "vitest";
import { errorsFor, loadFixture } from "../data/fixture-hub.ts";
import { policiesWith, policiesYaml } from "./policies-yaml.ts";

const FILE = "_data/policies.yaml";

describe("checking policies.yaml", () => {
  it("accepts the two policies of the test file, and a file with no policies", () => {
    expect(loadFixture({ "policies.yaml": policiesYaml }).ok).toBe(true);
    expect(loadFixture({ "policies.yaml": "policies: []\n" }).ok).toBe(true);
  });

  it("suggests the category meant by a misspelt one and lists the six allowed", () => {
    expect(errorsFor({ "policies.yaml": policiesWith("category: workforce", "category: work-force") })).toEqual([
      {
        file: FILE,
        line: 5,
        column: 15,
        path: "policies[0].category",
        message:
          "'work-force' is not allowed here: did you mean 'workforce'? (allowed: 'governance', 'workforce', 'information-governance', 'equality-and-inclusion', 'finance', 'clinical')",
      },
    ]);
  });

  it("asks for the size of a PDF, so readers know before they open it", () => {
    expect(errorsFor({ "policies.yaml": policiesWith(', format: PDF, size: "1.2 MB" }', ", format: PDF }") })).toEqual([
      {
        file: FILE,
        line: 16,
        column: 9,
        path: "policies[0].documents[0].size",
        message: "add 'size' (readers need the size of this PDF file before they open it, such as size: '240 KB')",
      },
    ]);
  });

  it("asks for quotes around a version YAML would read as a number", () => {
    expect(errorsFor({ "policies.yaml": policiesWith('version: "4.2"', "version: 4.2") })).toEqual([
      {
        file: FILE,
        line: 7,
        column: 14,
        path: "policies[0].version",
        message: "write this as text (found the number 4.2: put it in quotes, '4.2', so YAML keeps it as text)",
      },
    ]);
  });

  it("asks why no equality impact assessment was done when the reason is missing", () => {
    expect(
      errorsFor({
        "policies.yaml": policiesWith("      reason: It changes no service and no one's employment.\n", ""),
      }),
    ).toEqual([
      // A missing field is pointed at in the mapping it belongs in.
      {
        file: FILE,
        line: 26,
        column: 7,
        path: "policies[1].eia.reason",
        message:
          "add 'reason' (say why no equality impact assessment was done, such as 'the policy changes no service and no one's employment')",
      },
    ]);
  });

  it("asks for the assessment itself when one was done", () => {
    expect(
      errorsFor({
        "policies.yaml": policiesWith(
          '      document: { title: Recruitment assessment, url: /eia/recruitment.pdf, format: PDF, size: "72 KB" }\n',
          "",
        ),
      }),
    ).toEqual([
      {
        file: FILE,
        line: 11,
        column: 7,
        path: "policies[0].eia.document",
        message: "add 'document' (write a group of fields, each on its own line and indented under this one)",
      },
    ]);
  });

  it("asks for at least one document", () => {
    expect(
      errorsFor({
        "policies.yaml": policiesWith(
          '    documents:\n      - { title: Risk management policy, url: /policies/risk.pdf, format: PDF, size: "310 KB" }\n',
          "    documents: []\n",
        ),
      }),
    ).toEqual([
      {
        file: FILE,
        line: 29,
        column: 16,
        path: "policies[1].documents",
        message: "list at least one document: the policy itself, such as its PDF (found a list)",
      },
    ]);
  });

  it("points at a duplicate id and names the line of the first", () => {
    expect(errorsFor({ "policies.yaml": policiesWith("id: risk-management", "id: recruitment") })).toEqual([
      {
        file: FILE,
        line: 17,
        column: 9,
        path: "policies[1].id",
        message: "duplicate id 'recruitment': it is already used on line 2; give each policy its own id",
      },
    ]);
  });

  it("points at a reference used twice and names the line of the first", () => {
    expect(errorsFor({ "policies.yaml": policiesWith('reference: "GOV-007"', 'reference: "WF-012"') })).toEqual([
      {
        file: FILE,
        line: 19,
        column: 16,
        path: "policies[1].reference",
        message:
          "duplicate reference 'WF-012': it is already used on line 4; give each policy its own reference, or list a policy once",
      },
    ]);
  });

  it("points at a review date that is not after the approval", () => {
    expect(errorsFor({ "policies.yaml": policiesWith('reviewDue: "2028-09-30"', 'reviewDue: "2025-09-04"') })).toEqual([
      {
        file: FILE,
        line: 24,
        column: 16,
        path: "policies[1].reviewDue",
        message:
          "the review date 2025-09-04 must be after the policy was approved on 2025-09-04: check both dates (a policy is usually reviewed one to three years after approval)",
      },
    ]);
  });
});
