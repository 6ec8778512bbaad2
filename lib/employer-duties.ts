/**
 * The employer duties that turn on headcount (SI 2017/353): equality information about employees
 * from 150 staff (reg. 4), the gender pay gap from 250 (reg. 3). One rule for the integrity check
 * (lib/data/integrity/organisation.ts) and the pages (lib/site-data/employer-duties-view.ts).
 */
import type { EmployeeBand, Organisation } from "./schemas/organisation.ts";

/** The headcount from which each duty applies. */
export const employerDutyThresholds = { "employee-information": 150, "gender-pay-gap": 250 } as const;
export type EmployerDutyId = keyof typeof employerDutyThresholds;

const bandFloor: Record<EmployeeBand, number> = { "under-150": 0, "150-249": 150, "250-or-more": 250 };

/** Whether an employer in `band` has the duty; without a band nothing is assumed away, so it does. */
export function dutyApplies(duty: EmployerDutyId, band: EmployeeBand | undefined): boolean {
  return band === undefined || bandFloor[band] >= employerDutyThresholds[duty];
}

export interface Employer {
  /** How pages name it: the member's short name or name; undefined for a single organisation ("we"). */
  name?: string;
  employees: EmployeeBand | undefined;
}

/** The employers the hub speaks for: the organisation itself, or each member of a joint hub. */
export function employersOf(organisation: Organisation): Employer[] {
  if (!organisation.members) return [{ employees: organisation.employees }];
  return organisation.members.map((member) => ({
    name: member.shortName ?? member.name,
    employees: member.employees ?? organisation.employees,
  }));
}
