/** Policies as the library shows them. (Being written: see issue 4.) */
import type { PoliciesFile } from "../schemas/policies.ts";

export type PoliciesView = unknown[];

export function buildPoliciesView(file: PoliciesFile, _today: string): PoliciesView {
  return file.policies;
}
