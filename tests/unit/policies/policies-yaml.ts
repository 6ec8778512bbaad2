/**
 * A small policies.yaml for the policies tests: two policies, the first on lines 2-16 and the
 * second on lines 17-30. A test edits a line or two so the line and column it expects can be
 * read off this text.
 */
export const policiesYaml = `policies:
  - id: recruitment
    title: Recruitment policy
    reference: "WF-012"
    category: workforce
    owner: Chief People Officer
    version: "4.2"
    approved: { by: People Committee, on: "2023-03-15" }
    reviewDue: "2026-03-31"
    eia:
      done: true
      on: "2023-02-27"
      document: { title: Recruitment assessment, url: /eia/recruitment.pdf, format: PDF, size: "72 KB" }
    summary: How we recruit fairly.
    documents:
      - { title: Recruitment policy, url: /policies/recruitment.pdf, format: PDF, size: "1.2 MB" }
  - id: risk-management
    title: Risk management policy
    reference: "GOV-007"
    category: governance
    owner: Director of Corporate Affairs
    version: "2.0"
    approved: { by: Board, on: "2025-09-04" }
    reviewDue: "2028-09-30"
    eia:
      done: false
      reason: It changes no service and no one's employment.
    summary: How we manage risks.
    documents:
      - { title: Risk management policy, url: /policies/risk.pdf, format: PDF, size: "310 KB" }
`;

/** policiesYaml with `from` replaced by `to` (the first occurrence). */
export function policiesWith(from: string, to: string): string {
  if (!policiesYaml.includes(from)) throw new Error(`'${from}' is not in the test file`);
  return policiesYaml.replace(from, to);
}
