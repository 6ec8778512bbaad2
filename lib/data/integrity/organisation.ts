/**
 * Cross-checks for _data/organisation.yaml. A joint hub's members: each ODS code once, each the
 * hub's type (the legal duties page cites one set of NHS Act sections), and closing dates that
 * agree with `ceased`. And the headcount bands against the publication schedule: a schedule lists
 * what must be published, so a gender pay gap entry for organisations that do not have that duty
 * would claim one (a report published voluntarily belongs in reports.yaml, and its page says so).
 */
import { dutyApplies, employersOf } from "../../employer-duties.ts";
import type { Organisation } from "../../schemas/organisation.ts";
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { errorAt, locate } from "../locate.ts";
import type { YamlFile } from "../yaml-file.ts";
import { unique } from "./rules.ts";

export function checkOrganisation(data: HubData, files: HubFiles): DataError[] {
  const yaml = files["organisation.yaml"];
  return [...checkMembers(yaml, data.organisation), ...checkGenderPayGapEntries(data, files)];
}

function checkMembers(yaml: YamlFile, organisation: Organisation): DataError[] {
  const { members, ceased } = organisation;
  if (!members) return [];
  const codes = unique(
    yaml,
    "members",
    "odsCode",
    members.map((member) => member.odsCode),
    "give each member its own ODS code",
  );
  const types = members.flatMap((member, index) =>
    member.type === undefined || member.type === organisation.type
      ? []
      : [
          errorAt(
            yaml,
            ["members", index, "type"],
            `the hub's type is '${organisation.type}', and every member must be the same (the legal duties page cites one set of NHS Act sections): leave 'type' out here, or correct it`,
          ),
        ],
  );
  const allClosed = members.every((member) => member.closedOn !== undefined);
  return [
    ...codes,
    ...types,
    ...checkClosingDates(yaml, organisation),
    ...(allClosed && !ceased ? allClosedWithoutCeased(yaml, members) : []),
  ];
}

/** A member cannot close after the hub did, and the hub closed when its last member did. */
function checkClosingDates(yaml: YamlFile, { members = [], ceased }: Organisation): DataError[] {
  if (!ceased) return [];
  const hubLine = locate(yaml, ["ceased", "closedOn"]).line;
  const late = members.flatMap((member, index) =>
    member.closedOn === undefined || member.closedOn <= ceased.closedOn
      ? []
      : [
          errorAt(
            yaml,
            ["members", index, "closedOn"],
            `${member.closedOn} is after the day the hub closed, ${ceased.closedOn} ('ceased.closedOn', line ${hubLine}): a member's closedOn is the day it closed before the others, so correct it, or leave it out if it closed with them`,
          ),
        ],
  );
  const dates = members.map((member) => member.closedOn);
  if (late.length > 0 || dates.some((date) => date === undefined)) return late;
  const last = [...(dates as string[])].sort().at(-1) as string;
  if (last === ceased.closedOn) return [];
  const lastLine = locate(yaml, ["members", dates.indexOf(last), "closedOn"]).line;
  return [
    errorAt(
      yaml,
      ["ceased", "closedOn"],
      `every member had closed by ${last} (line ${lastLine}), so the hub closed that day: make 'closedOn' "${last}", or correct the members' dates`,
    ),
  ];
}

function allClosedWithoutCeased(yaml: YamlFile, members: NonNullable<Organisation["members"]>): DataError[] {
  const last = members
    .map((member) => member.closedOn as string)
    .sort()
    .at(-1);
  return [
    errorAt(
      yaml,
      [],
      `every member has a closing date, so the hub has closed too: add 'ceased' with 'closedOn: "${last}"' and the 'successor' that took over, so every page says so`,
      { key: "members" },
    ),
  ];
}

/** An entry is the gender pay gap's by its id or title, such as 'gender-pay-gap' or "Gender pay gap report". */
const GENDER_PAY_GAP = /gender[- ]pay[- ]gap/i;

function checkGenderPayGapEntries({ organisation, publicationSchedule }: HubData, files: HubFiles): DataError[] {
  const employers = employersOf(organisation);
  if (employers.some((employer) => dutyApplies("gender-pay-gap", employer.employees))) return [];
  const yaml = files["publication-schedule.yaml"];
  const who = organisation.members
    ? `none of the members employs 250 people or more ('employees' in organisation.yaml)`
    : `the organisation employs fewer than 250 people ('employees: ${organisation.employees}', organisation.yaml line ${locate(files["organisation.yaml"], ["employees"]).line})`;
  return publicationSchedule.entries.flatMap((entry, index) =>
    GENDER_PAY_GAP.test(entry.id) || GENDER_PAY_GAP.test(entry.title)
      ? [
          errorAt(
            yaml,
            ["entries", index, "id"],
            `${who}, so publishing a gender pay gap report is not a duty: remove this entry (a report published voluntarily goes in reports.yaml, and the site says it is voluntary), or correct 'employees' if there are 250 staff or more`,
          ),
        ]
      : [],
  );
}
