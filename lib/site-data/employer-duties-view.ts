/**
 * Which employer duties apply, worked out from the headcount bands in organisation.yaml, and why
 * those that do not apply do not, in words the legal duties page, the publication schedule and the
 * reports page show: "We employ fewer than 250 people, so we do not have to publish a gender pay
 * gap report." Pages never assert a duty this view does not hold.
 */
import { listInWords } from "../filters/list-in-words.ts";
import { dutyApplies, employerDutyThresholds, employersOf, type EmployerDutyId } from "../employer-duties.ts";
import type { Organisation } from "../schemas/organisation.ts";
import type { ReportsFile } from "../schemas/reports.ts";

export interface EmployerDutyView {
  id: EmployerDutyId;
  /** True when at least one of the hub's organisations has the duty. */
  applies: boolean;
  /** Why it does not apply, to all of them or to the ones named; undefined when it applies to all. */
  reason?: string;
  /** Said when reports.yaml holds such reports though no organisation had to publish them. */
  voluntary?: string;
}

export interface EmployerDutiesView {
  employeeInformation: EmployerDutyView;
  genderPayGap: EmployerDutyView;
  /** The duties that do not apply to some or all of the organisations, with why: the pages list these. */
  notApplying: EmployerDutyView[];
}

/** What the duty asks, after "do not have to"; `their` is "our", "its" or "their". */
const asks: Record<EmployerDutyId, (their: string) => string> = {
  "employee-information": (their) => `publish equality information about ${their} employees`,
  "gender-pay-gap": () => "publish a gender pay gap report",
};

interface Tense {
  employ: string;
  employs: string;
  doNot: string;
  doesNot: string;
  noneHas: string;
  /** After "only X": "has to" or "have to". */
  onlyHas: (many: boolean) => string;
}

const present: Tense = {
  employ: "employ",
  employs: "employs",
  doNot: "do not have to",
  doesNot: "does not have to",
  noneHas: "none of them has to",
  onlyHas: (many) => (many ? "have to" : "has to"),
};
const past: Tense = {
  employ: "employed",
  employs: "employed",
  doNot: "did not have to",
  doesNot: "did not have to",
  noneHas: "none of them had to",
  onlyHas: () => "had to",
};

/**
 * The sentence for a duty that does not apply to `exempt` (names; undefined is a single
 * organisation, "we"), though it does to `others`: the shortest true way to say it.
 */
function reasonFor(duty: EmployerDutyId, exempt: Array<string | undefined>, others: string[], tense: Tense): string {
  const fewer = `fewer than ${employerDutyThresholds[duty]} people`;
  const names = exempt.map((name) => name ?? "");
  if (exempt.length === 1 && exempt[0] === undefined)
    return `We ${tense.employ} ${fewer}, so we ${tense.doNot} ${asks[duty]("our")}.`;
  if (others.length === 0 && exempt.length > 1)
    return `Each of our member organisations ${tense.employs} ${fewer}, so ${tense.noneHas} ${asks[duty]("their")}.`;
  // Five of six exempt reads better by naming the one the duty falls on.
  if (others.length > 0 && others.length < exempt.length && exempt.length > 2) {
    const many = others.length > 1;
    return `Every member organisation except ${listInWords(others)} ${tense.employs} ${fewer}, so only ${listInWords(others)} ${tense.onlyHas(many)} ${asks[duty](many ? "their" : "its")}.`;
  }
  if (names.length === 1) return `${names[0]} ${tense.employs} ${fewer}, so it ${tense.doesNot} ${asks[duty]("its")}.`;
  return `${listInWords(names)} each ${tense.employ} ${fewer}, so they ${tense.doNot} ${asks[duty]("their")}.`;
}

function dutyView(organisation: Organisation, duty: EmployerDutyId, tense: Tense): EmployerDutyView {
  const employers = employersOf(organisation);
  const exempt = employers.filter((employer) => !dutyApplies(duty, employer.employees));
  const others = employers.filter((employer) => dutyApplies(duty, employer.employees));
  const applies = others.length > 0;
  if (exempt.length === 0) return { id: duty, applies };
  const reason = reasonFor(
    duty,
    exempt.map((employer) => employer.name),
    others.map((employer) => employer.name ?? ""),
    tense,
  );
  return { id: duty, applies, reason };
}

export function buildEmployerDutiesView(
  organisation: Organisation,
  reports: ReportsFile,
  today: string,
): EmployerDutiesView {
  const closed = organisation.ceased !== undefined && organisation.ceased.closedOn <= today;
  const tense = closed ? past : present;
  const employeeInformation = dutyView(organisation, "employee-information", tense);
  const genderPayGap = dutyView(organisation, "gender-pay-gap", tense);
  // A small employer may publish its gender pay gap of its own accord: say so rather than imply a duty.
  if (!genderPayGap.applies && reports.reports.some((report) => report.type === "gender-pay-gap"))
    genderPayGap.voluntary = closed ? "We published one voluntarily." : "We publish one voluntarily.";
  return {
    employeeInformation,
    genderPayGap,
    notApplying: [employeeInformation, genderPayGap].filter((duty) => duty.reason !== undefined),
  };
}
