/**
 * organisation.yaml as an editor meets it: a single organisation or a joint hub, its headcount
 * band, and what the schema has no place for, each error pointed at with the fix.
 */
import { describe, expect, it } from "vitest";
import {
  errorsFor,
  legalDutiesYaml,
  loadFixture,
  objectivesYaml,
  organisationYaml,
  outcomesYaml,
  scheduleYaml,
} from "./fixture-hub.ts";

const FILE = "_data/organisation.yaml";

/** Each error as the build prints it, less organisation.yaml's own name. */
function problems(changes: Partial<Record<string, string>>): string[] {
  return errorsFor(changes).map(
    (error) =>
      `${error.file === FILE ? "" : `${error.file} `}${error.line}:${error.column} ${error.path}: ${error.message}`,
  );
}

/** The fixture's legal duties as a CCG's hub cites them (the CCG-era section). */
const ccgDuties = legalDutiesYaml.replace('section: "14Z35"', 'section: "14T"');

/** A joint hub of the fixture's contact details; line 5 is the first member's name. */
function jointHub(members: string, rest = ""): string {
  return `name: Testshire CCGs
shortName: Testshire CCGs
type: CCG
members:
${members}siteUrl: https://equality.testshire-ccgs.example
contact:
  email: enquiries@testshire-ccgs.example
  phone: "0113 496 0900"
  address:
    lines:
      - Test House
    postcode: TS1 1AA
equalityContact:
  team: Equality team
  email: equality@testshire-ccgs.example
alternativeFormatsContact:
  email: formats@testshire-ccgs.example
  phone: "0113 496 0901"
${rest}`;
}

function member(name: string, odsCode: string, extra = ""): string {
  return `  - name: ${name}\n    odsCode: "${odsCode}"\n    employees: 250-or-more\n${extra}`;
}

const ceased = `ceased:
  closedOn: "2022-07-01"
  successor:
    name: NHS Testshire Integrated Care Board
    url: https://www.testshire-icb.example/
`;

const six = ["North", "South", "East", "West", "Central", "Coastal"]
  .map((part, index) => member(`NHS ${part} Testshire CCG`, `9${index}A`))
  .join("");

describe("a single organisation in organisation.yaml", () => {
  it("must say how many people it employs, and is told the choices", () => {
    expect(problems({ "organisation.yaml": organisationYaml.replace("employees: 250-or-more\n", "") })).toEqual([
      "1:1 employees: add 'employees' (how many people the organisation employs, which decides its employer duties: use one of 'under-150', '150-249', '250-or-more')",
    ]);
  });

  it("is asked about a misspelt 'employees' once, with the field it meant", () => {
    expect(
      problems({ "organisation.yaml": organisationYaml.replace("employees: 250-or-more", "employes: 250-or-more") }),
    ).toEqual(["19:1 employes: unknown field 'employes': did you mean 'employees'?"]);
  });

  it("is told the band for a number of staff", () => {
    expect(
      problems({ "organisation.yaml": organisationYaml.replace("employees: 250-or-more", "employees: 212") }),
    ).toEqual([
      "19:12 employees: say how many people it employs: use one of 'under-150', '150-249', '250-or-more' (found the number 212): write the band, not the number: 212 people is '150-249'",
    ]);
  });

  it("must give its ODS code", () => {
    expect(problems({ "organisation.yaml": organisationYaml.replace("odsCode: QZT\n", "") })).toEqual([
      "1:1 odsCode: add 'odsCode' (the organisation's ODS code, such as 'QZX')",
    ]);
  });
});

describe("a joint hub in organisation.yaml", () => {
  it("loads with six members and no ODS code of its own", () => {
    expect(loadFixture({ "legal-duties.yaml": ccgDuties, "organisation.yaml": jointHub(six) }).ok).toBe(true);
  });

  it("loads with one member", () => {
    expect(
      loadFixture({ "legal-duties.yaml": ccgDuties, "organisation.yaml": jointHub(member("NHS Oakvale CCG", "03X")) })
        .ok,
    ).toBe(true);
  });

  it("is told to use 'members' for a list of organisations", () => {
    const organisations = organisationYaml.replace("odsCode: QZT\n", "organisations:\n  - NHS North CCG\n");
    expect(problems({ "organisation.yaml": organisations })).toContain(
      "4:1 organisations: unknown field 'organisations': use 'members' to list the organisations of a joint hub, each with its 'name' and 'odsCode'; 'name' and 'shortName' then name the partnership (docs/content-model.md, organisation.yaml)",
    );
  });

  it("has no ODS code of its own", () => {
    expect(
      problems({ "legal-duties.yaml": ccgDuties, "organisation.yaml": jointHub(six, 'odsCode: "99X"\n') }),
    ).toEqual([
      "37:10 odsCode: a joint hub has no ODS code of its own: give each member its 'odsCode' under 'members', and remove this one",
    ]);
  });

  it("asks each member for its headcount band, unless the hub gives one for all", () => {
    const members = '  - name: NHS North CCG\n    odsCode: "99A"\n';
    expect(problems({ "legal-duties.yaml": ccgDuties, "organisation.yaml": jointHub(members) })).toEqual([
      "5:5 members[0].employees: add 'employees' (how many people this member employs: use one of 'under-150', '150-249', '250-or-more'; or give 'employees' once, at the top of the file, for every member)",
    ]);
    expect(
      loadFixture({
        "legal-duties.yaml": ccgDuties,
        "organisation.yaml": jointHub(members, "employees: 250-or-more\n"),
      }).ok,
    ).toBe(true);
  });

  it("names the line of a member's ODS code given twice", () => {
    const members = member("NHS North CCG", "99A") + member("NHS South CCG", "99A");
    expect(problems({ "legal-duties.yaml": ccgDuties, "organisation.yaml": jointHub(members) })).toEqual([
      "9:14 members[1].odsCode: duplicate odsCode '99A': it is already used on line 6; give each member its own ODS code",
    ]);
  });

  it("keeps every member the hub's type", () => {
    const members = member("NHS North CCG", "99A") + member("NHS Testshire ICB", "QZT", "    type: ICB\n");
    expect(problems({ "legal-duties.yaml": ccgDuties, "organisation.yaml": jointHub(members) })).toEqual([
      "11:11 members[1].type: the hub's type is 'CCG', and every member must be the same (the legal duties page cites one set of NHS Act sections): leave 'type' out here, or correct it",
    ]);
  });

  it("refuses a member that closed after the hub did", () => {
    const members = member("NHS North CCG", "99A", '    closedOn: "2023-04-01"\n') + member("NHS South CCG", "99B");
    expect(problems({ "legal-duties.yaml": ccgDuties, "organisation.yaml": jointHub(members, ceased) })).toEqual([
      "8:15 members[0].closedOn: 2023-04-01 is after the day the hub closed, 2022-07-01 ('ceased.closedOn', line 27): a member's closedOn is the day it closed before the others, so correct it, or leave it out if it closed with them",
    ]);
  });

  it("closes the hub on the day its last member closed", () => {
    const members =
      member("NHS North CCG", "99A", '    closedOn: "2020-04-01"\n') +
      member("NHS South CCG", "99B", '    closedOn: "2021-04-01"\n');
    expect(problems({ "legal-duties.yaml": ccgDuties, "organisation.yaml": jointHub(members, ceased) })).toEqual([
      `28:13 ceased.closedOn: every member had closed by 2021-04-01 (line 12), so the hub closed that day: make 'closedOn' "2021-04-01", or correct the members' dates`,
    ]);
  });

  it("asks for 'ceased' once every member has closed", () => {
    const members =
      member("NHS North CCG", "99A", '    closedOn: "2022-07-01"\n') +
      member("NHS South CCG", "99B", '    closedOn: "2022-07-01"\n');
    expect(problems({ "legal-duties.yaml": ccgDuties, "organisation.yaml": jointHub(members) })).toEqual([
      `4:1 members: every member has a closing date, so the hub has closed too: add 'ceased' with 'closedOn: "2022-07-01"' and the 'successor' that took over, so every page says so`,
    ]);
  });
});

describe("more than one phone number", () => {
  /** The fixture's general enquiries number (line 8) replaced by `lines`. */
  const withPhones = (lines: string) => organisationYaml.replace('  phone: "0113 496 0900"\n', lines);

  it("loads several numbers, each with its label, under 'phones'", () => {
    const phones = withPhones(
      '  phones:\n    - label: Switchboard\n      number: "0113 496 0900"\n    - label: Complaints\n      number: "0808 157 0192"\n',
    );
    const result = loadFixture({ "organisation.yaml": phones });
    expect(result.ok && result.data.organisation.contact.phones).toEqual([
      { label: "Switchboard", number: "0113 496 0900" },
      { label: "Complaints", number: "0808 157 0192" },
    ]);
  });

  it("is told to list a second number under 'phones' when given a field of its own", () => {
    const second = withPhones('  phone: "0113 496 0900"\n  phone2: "0113 496 0999"\n');
    expect(problems({ "organisation.yaml": second })).toEqual([
      "9:3 contact.phone2: unknown field 'phone2': for more than one number, list them under 'phones' in place of 'phone', each with a 'label' (such as 'Switchboard') and its 'number'",
    ]);
  });

  it("is told the same when the phone is a list", () => {
    const list = withPhones('  phone:\n    - "0113 496 0900"\n    - "0113 496 0999"\n');
    expect(problems({ "organisation.yaml": list })).toEqual([
      "9:5 contact.phone: write the phone number as quoted text, such as '0113 496 0000' (found a list): for more than one number, list them under 'phones' in place of 'phone', each with a 'label' (such as 'Switchboard') and its 'number'",
    ]);
  });

  it("gives 'phone' or 'phones', never both", () => {
    const both = withPhones(
      '  phone: "0113 496 0900"\n  phones:\n    - label: Switchboard\n      number: "0113 496 0900"\n',
    );
    expect(problems({ "organisation.yaml": both })).toEqual([
      "8:10 contact.phone: give either 'phone' (one number) or 'phones' (several, each with a 'label'), not both: move this number into 'phones' with its label, and remove 'phone'",
    ]);
  });

  it("needs one of them for general enquiries", () => {
    expect(problems({ "organisation.yaml": withPhones("") })).toEqual([
      "7:3 contact.phone: add 'phone' (a UK number such as '0113 496 0000'; or, for several numbers, 'phones', each with a 'label' and 'number')",
    ]);
  });

  it("asks for each number's label", () => {
    expect(problems({ "organisation.yaml": withPhones('  phones:\n    - number: "0113 496 0900"\n') })).toEqual([
      "9:7 contact.phones[0].label: add 'label' (write this as text)",
    ]);
  });
});

describe("other formats and text relay in organisation.yaml", () => {
  /** The fixture with `lines` added to alternativeFormatsContact, from line 19. */
  const withFormats = (lines: string) =>
    organisationYaml.replace('  phone: "0113 496 0901"\n', `  phone: "0113 496 0901"\n${lines}`);

  it("loads the usual formats by id beside ones with details, named ones and languages", () => {
    const formats = withFormats(
      "  formats:\n    - easy-read\n    - format: braille\n      details: Grade 1 or Grade 2\n    - name: Clear Information\n    - language: Polish\n",
    );
    const result = loadFixture({ "organisation.yaml": formats });
    expect(result.ok && result.data.organisation.alternativeFormatsContact.formats).toEqual([
      "easy-read",
      { format: "braille", details: "Grade 1 or Grade 2" },
      { name: "Clear Information" },
      { language: "Polish" },
    ]);
  });

  it("suggests the format meant by a misspelt id, in either form", () => {
    const formats = withFormats("  formats:\n    - brail\n    - format: brail\n");
    expect(problems({ "organisation.yaml": formats }).map((problem) => problem.split(" (allowed")[0])).toEqual([
      "20:7 alternativeFormatsContact.formats[0]: 'brail' is not allowed here: did you mean 'braille'?",
      "21:15 alternativeFormatsContact.formats[1].format: 'brail' is not allowed here: did you mean 'braille'?",
    ]);
  });

  it("takes one of format, name and language in each item", () => {
    const formats = withFormats("  formats:\n    - name: Clear Information\n      language: Polish\n");
    expect(problems({ "organisation.yaml": formats })).toEqual([
      "21:17 alternativeFormatsContact.formats[0].language: give only one of 'format', 'name' and 'language' in each item (this one has 'name' and 'language'): list each format as an item of its own",
    ]);
  });

  it("asks which format details belong to", () => {
    const formats = withFormats("  formats:\n    - details: Grade 2\n");
    expect(problems({ "organisation.yaml": formats })).toEqual([
      "20:7 alternativeFormatsContact.formats[0]: say which format this is: 'format' (one of the usual ones, such as 'braille'), 'name' (another format, such as 'Clear Information') or 'language' (a translation, such as 'Polish')",
    ]);
  });

  it("suggests the field meant by a misspelt one in a format's group", () => {
    const formats = withFormats("  formats:\n    - name: Clear Information\n      detail: Pictures\n");
    expect(problems({ "organisation.yaml": formats })).toEqual([
      "21:7 alternativeFormatsContact.formats[0].detail: unknown field 'detail': did you mean 'details'?",
    ]);
  });

  it("reads a text relay number alone as Relay UK's, and takes the service's name", () => {
    const plain = loadFixture({ "organisation.yaml": withFormats('  textRelay: "18001 0113 496 0901"\n') });
    const named = loadFixture({
      "organisation.yaml": withFormats(
        '  textRelay:\n    service: Next Generation Text Service\n    number: "18001 0113 496 0901"\n',
      ),
    });
    expect(
      [plain, named].map((result) => result.ok && result.data.organisation.alternativeFormatsContact.textRelay),
    ).toEqual([
      { service: "Relay UK", number: "18001 0113 496 0901" },
      { service: "Next Generation Text Service", number: "18001 0113 496 0901" },
    ]);
  });

  it("asks for the relay prefix on a text relay number, in either form", () => {
    const message =
      "write the text relay number as people dial it: '18001' followed by the phone number, such as '18001 0113 496 0000' ('18002' to reach a textphone)";
    expect(problems({ "organisation.yaml": withFormats('  textRelay: "0113 496 0901"\n') })).toEqual([
      `19:14 alternativeFormatsContact.textRelay: ${message} (found text '0113 496 0901')`,
    ]);
    expect(
      problems({
        "organisation.yaml": withFormats('  textRelay:\n    service: Relay UK\n    number: "0113 496 0901"\n'),
      }),
    ).toEqual([`21:13 alternativeFormatsContact.textRelay.number: ${message} (found text '0113 496 0901')`]);
  });
});

describe("statuses the hub works out itself", () => {
  it("tells an editor who writes 'ended' that it comes from the period, and to give the last status", () => {
    expect(problems({ "objectives.yaml": objectivesYaml.replace("status: on-track", "status: ended") })).toEqual([
      "_data/objectives.yaml 7:13 objectives[0].status: 'ended' is not allowed here: whether an objective has ended is worked out from its 'period', and its page then says 'Ended': give the last status it reached (allowed: 'not-started', 'on-track', 'at-risk', 'achieved')",
    ]);
  });

  it("tells an editor who names the top level EDS2 that EDS2 has a section of its own", () => {
    const eds2 = outcomesYaml((lines) => ["version: EDS2", ...lines]);
    expect(problems({ "outcomes.yaml": eds2 })).toEqual([
      "_data/outcomes.yaml 1:10 version: 'EDS2' is not allowed here: EDS2 (4 goals, 18 outcomes 1.1 to 4.3) has its own section in this file: put its goals, outcomes and gradings under 'eds2' (docs/content-model.md, outcomes.yaml) (allowed: 'eds-2022')",
    ]);
  });

  it("tells an editor who puts EDS2's goals at the top level where they go", () => {
    const goals = outcomesYaml((lines) => [...lines, "goals: []"]);
    expect(problems({ "outcomes.yaml": goals })).toEqual([
      "_data/outcomes.yaml 17:1 goals: unknown field 'goals': EDS2's goals, outcomes and gradings go together under 'eds2', such as 'eds2:' then 'goals:' and 'outcomes:' indented under it; the top level is EDS 2022 (docs/content-model.md, outcomes.yaml)",
    ]);
  });
});

describe("a small employer's publication schedule", () => {
  const small = organisationYaml.replace("employees: 250-or-more", "employees: 150-249");

  it("has no gender pay gap entry, and is told what to change", () => {
    expect(problems({ "organisation.yaml": small })).toEqual([
      "_data/publication-schedule.yaml 2:9 entries[0].id: the organisation employs fewer than 250 people ('employees: 150-249', organisation.yaml line 19), so publishing a gender pay gap report is not a duty: remove this entry (a report published voluntarily goes in reports.yaml, and the site says it is voluntary), or correct 'employees' if there are 250 staff or more",
    ]);
  });

  it("is told a schedule entry's status is worked out, not written", () => {
    const withStatus = scheduleYaml.replace(
      "    owner: Chief People Officer\n",
      "    owner: Chief People Officer\n    status: published\n",
    );
    expect(problems({ "publication-schedule.yaml": withStatus })).toEqual([
      "_data/publication-schedule.yaml 8:5 entries[0].status: unknown field 'status': the status is worked out at build time from 'rule' and 'lastPublished': remove it",
    ]);
  });
});

describe("the hub's address", () => {
  const withSiteUrl = (siteUrl: string) =>
    organisationYaml.replace("siteUrl: https://equality.testshire-icb.example", `siteUrl: ${siteUrl}`);

  it("may be a folder of the organisation's main site", () => {
    const result = loadFixture({ "organisation.yaml": withSiteUrl("https://www.testshire-icb.example/equality/") });
    expect(result.ok && result.data.organisation.siteUrl).toBe("https://www.testshire-icb.example/equality/");
  });

  it("is refused with a query, or a folder name a web address would have to encode, saying what it may be", () => {
    const message =
      "cannot be the hub's address: write the address of its home page, such as 'https://equality.example-icb.nhs.uk' or, for a hub in a folder of the main site, 'https://www.example-icb.nhs.uk/equality/' (letters, digits, '-', '_' and '.' in the folder's name; no '?', '#' or spaces)";
    expect(problems({ "organisation.yaml": withSiteUrl("https://www.testshire-icb.example/equality%20hub/") })).toEqual(
      [`5:10 siteUrl: 'https://www.testshire-icb.example/equality%20hub/' ${message}`],
    );
    expect(problems({ "organisation.yaml": withSiteUrl("https://www.testshire-icb.example/?page=equality") })).toEqual([
      `5:10 siteUrl: 'https://www.testshire-icb.example/?page=equality' ${message}`,
    ]);
  });
});
