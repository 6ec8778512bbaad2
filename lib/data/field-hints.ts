/**
 * What to write instead, where an editor reaches for something the schema has no place for: a
 * list of organisations, a second phone number, a status the hub works out itself. A did-you-mean
 * cannot find these (nothing is spelt like `members`), so each is a row of this table, and the
 * message names the nearest field or says that it belongs in prose, and on which page.
 * validate-file.ts adds the hint to its unknown-field and wrong-value messages.
 */
import { employeeBands, type EmployeeBand } from "../schemas/organisation.ts";
import type { FieldPath } from "./locate.ts";

interface FieldHint {
  /** The data file, such as 'organisation.yaml'. */
  file: string;
  /** The field's path with list positions as `[]`, such as `objectives[].status`; '' is the top level. */
  at: RegExp;
  /** For an unknown field: its name. */
  unknownKey?: RegExp;
  /** For a value the schema refuses. */
  value?: (value: unknown) => boolean;
  hint: string | ((value: unknown) => string);
}

const secondPhone =
  "for more than one number, list them under 'phones' in place of 'phone', each with a 'label' (such as 'Switchboard') and its 'number'";

const isText = (pattern: RegExp) => (value: unknown) => typeof value === "string" && pattern.test(value.trim());

/** The band a headcount falls in, for an editor who wrote the number of staff. */
function bandOf(count: number): EmployeeBand {
  return count < 150 ? "under-150" : count < 250 ? "150-249" : "250-or-more";
}

const hints: FieldHint[] = [
  {
    file: "organisation.yaml",
    at: /^$/,
    unknownKey: /^(organi[sz]ations|orgs|partners|partner-?organi[sz]ations|member-?organi[sz]ations|ccgs|icbs)$/i,
    hint: "use 'members' to list the organisations of a joint hub, each with its 'name' and 'odsCode'; 'name' and 'shortName' then name the partnership (docs/content-model.md, organisation.yaml)",
  },
  {
    file: "organisation.yaml",
    at: /^(contact|equalityContact|alternativeFormatsContact)$/,
    unknownKey: /phone|tel|mobile/i,
    hint: secondPhone,
  },
  {
    file: "organisation.yaml",
    at: /^(|members\[\])$/,
    unknownKey: /phone|tel|mobile/i,
    hint: "the hub's numbers go under 'contact', 'equalityContact' and 'alternativeFormatsContact', each as 'phone' or, for several with a label each, 'phones'; write any other in prose on the contact page, site/contact.md",
  },
  {
    file: "organisation.yaml",
    at: /^(contact|equalityContact|alternativeFormatsContact)\.phone$/,
    value: Array.isArray,
    hint: secondPhone,
  },
  {
    file: "organisation.yaml",
    at: /^$/,
    unknownKey: /^(status|closed|closedOn|closingDate|abolished|successor)$/i,
    hint: "to say the organisation has closed, give 'ceased' with its 'closedOn' date and 'successor' (docs/content-model.md, organisation.yaml)",
  },
  {
    file: "organisation.yaml",
    at: /^$/,
    unknownKey: /^(licen[cs]e|dataLicense|openDataLicen[cs]e|dataLicen[cs]ing)$/i,
    hint: "to publish the open data under a licence other than the Open Government Licence v3.0, give 'dataLicence' with its 'name' and 'url' (docs/content-model.md, organisation.yaml)",
  },
  {
    file: "organisation.yaml",
    at: /^(|members\[\])$/,
    unknownKey: /^(staff|headcount|staffCount|staffNumbers|numberOfStaff|employeeCount|numberOfEmployees|size)$/i,
    hint: `use 'employees' with one of ${employeeBands.map((band) => `'${band}'`).join(", ")}`,
  },
  {
    file: "organisation.yaml",
    at: /^(employees|members\[\]\.employees)$/,
    value: (value) => typeof value === "number" || isText(/^\d+$/)(value),
    hint: (value) => `write the band, not the number: ${Number(value)} people is '${bandOf(Number(value))}'`,
  },
  {
    file: "objectives.yaml",
    at: /^objectives\[\]\.status$/,
    value: isText(/^(ended|finished|closed|expired|over|past|inactive)$/i),
    hint: "whether an objective has ended is worked out from its 'period', and its page then says 'Ended': give the last status it reached",
  },
  {
    file: "outcomes.yaml",
    at: /^$/,
    unknownKey: /^(goals|eds-?2-?(outcomes|gradings|goals)?|eds-?two)$/i,
    hint: "EDS2's goals, outcomes and gradings go together under 'eds2', such as 'eds2:' then 'goals:' and 'outcomes:' indented under it; the top level is EDS 2022 (docs/content-model.md, outcomes.yaml)",
  },
  {
    file: "outcomes.yaml",
    at: /^version$/,
    value: isText(/^eds[ -]?2$/i),
    hint: "EDS2 (4 goals, 18 outcomes 1.1 to 4.3) has its own section in this file: put its goals, outcomes and gradings under 'eds2' (docs/content-model.md, outcomes.yaml)",
  },
  {
    file: "publication-schedule.yaml",
    at: /^entries\[\]$/,
    unknownKey: /^status$/i,
    hint: "the status is worked out at build time from 'rule' and 'lastPublished': remove it",
  },
  {
    file: "publication-schedule.yaml",
    at: /^entries\[\]\.(lastPublished|lastDone)$/,
    unknownKey: /^(for|cycle|snapshot|snapshotYear|reportingYear|year|period|quarter)$/i,
    hint: "say which cycle it is for with 'covers': a snapshot year such as '2024', a reporting year such as '2024/25', or a period { from, to }",
  },
  {
    file: "engagement.yaml",
    at: /^engagements\[\]$/,
    unknownKey: /^status$/i,
    hint: "open, coming up or closed is worked out at build time from 'opens' and 'closes': remove it",
  },
];

/** `objectives[].status` for ['objectives', 1, 'status']. */
function pattern(path: FieldPath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === "number" ? `${text}[]` : text ? `${text}.${part}` : part),
    "",
  );
}

function fileName(file: string): string {
  return file.split("/").at(-1) ?? file;
}

/** The hint for an unknown field `key` in the group at `path` of `file`, if there is one. */
export function unknownFieldHint(file: string, path: FieldPath, key: string): string | undefined {
  const where = pattern(path);
  const hint = hints.find(
    (row) => row.file === fileName(file) && row.at.test(where) && row.unknownKey?.test(key) === true,
  )?.hint;
  return typeof hint === "function" ? hint(key) : hint;
}

/** The hint for a value the schema refused at `path` of `file`, if there is one. */
export function valueHint(file: string, path: FieldPath, value: unknown): string | undefined {
  const where = pattern(path);
  const hint = hints.find(
    (row) => row.file === fileName(file) && row.at.test(where) && row.value?.(value) === true,
  )?.hint;
  return typeof hint === "function" ? hint(value) : hint;
}
