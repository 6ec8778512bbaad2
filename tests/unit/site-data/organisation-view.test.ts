/** Other formats in words, a joint hub's members, and the closed-organisation banner's state, from today. */
import { describe, expect, it } from "vitest";
import { buildOrganisationView } from "../../../lib/site-data/organisation-view.ts";
import { smallHub } from "./small-hub.ts";

const organisation = smallHub().organisation;

describe("the organisation as every page shows it", () => {
  it("names the formats offered, then help to communicate, as one phrase", () => {
    const view = buildOrganisationView(
      {
        ...organisation,
        alternativeFormatsContact: {
          ...organisation.alternativeFormatsContact,
          formats: ["easy-read", "large-print", "braille", "interpreter", "text-relay"],
        },
      },
      "2026-11-23",
    );
    expect(view.formatsInWords).toBe("Easy Read, large print or Braille, or help from an interpreter or text relay");
  });

  it("lists formats with their details, named formats and translations, as the contact page shows them", () => {
    const view = buildOrganisationView(
      {
        ...organisation,
        alternativeFormatsContact: {
          ...organisation.alternativeFormatsContact,
          formats: [
            { format: "braille", details: "Grade 2" },
            { name: "Clear Information" },
            { language: "Polish" },
            { language: "Urdu", details: "written or as audio" },
            { format: "interpreter", details: "in any language" },
          ],
        },
      },
      "2026-11-23",
    );
    expect([view.formats.map(({ name, details }) => [name, details]), view.help.map((item) => item.name)]).toEqual([
      [
        ["Braille", "Grade 2"],
        ["Clear Information", undefined],
        ["a translation into Polish", undefined],
        ["a translation into Urdu", "written or as audio"],
      ],
      ["an interpreter"],
    ]);
    expect(view.formatsInWords).toBe(
      "Braille, Clear Information or a translation into Polish or Urdu, or help from an interpreter",
    );
  });

  it("leaves out the help clause when only formats are offered", () => {
    expect(buildOrganisationView(organisation, "2026-11-23").formatsInWords).toBe("Easy Read or Braille");
  });

  it("has no closed banner for an organisation that has not closed", () => {
    expect(buildOrganisationView(organisation, "2026-11-23").ceased).toBeUndefined();
  });

  it("says a CCG has closed from the day it closed, and will close before then", () => {
    const ccg = {
      ...organisation,
      ceased: {
        closedOn: "2022-07-01",
        successor: { name: "NHS Testshire ICB", url: "https://www.testshire-icb.example/" },
      },
    };
    expect(buildOrganisationView(ccg, "2022-06-30").ceased?.closed).toBe(false);
    expect(buildOrganisationView(ccg, "2022-07-01").ceased?.closed).toBe(true);
  });
});

describe("who publishes the hub, as the home and contact pages and the footer say it", () => {
  const { odsCode: _single, ...partnership } = organisation;
  const sixCcgs = {
    ...partnership,
    name: "Wealdshire CCGs",
    shortName: "Wealdshire CCGs",
    type: "CCG" as const,
    members: ["North", "South", "East", "West", "Central", "Coastal"].map((part, index) => ({
      name: `NHS ${part} Wealdshire Clinical Commissioning Group`,
      odsCode: `9${index}A`,
      ...(part === "Coastal" ? { closedOn: "2020-04-01" } : {}),
    })),
  };

  it("lists no members, and owns the footer by its own name, for a single organisation", () => {
    const view = buildOrganisationView(organisation, "2026-11-23");
    expect([view.members, view.membersIntro, view.copyright]).toEqual([
      [],
      undefined,
      "NHS Testshire Integrated Care Board",
    ]);
  });

  it("introduces six members by their number and type, and owns the footer by the partnership's name", () => {
    const view = buildOrganisationView(sixCcgs, "2026-11-23");
    expect([view.membersIntro, view.members.length, view.copyright]).toEqual([
      "This hub is shared by 6 clinical commissioning groups:",
      6,
      "Wealdshire CCGs",
    ]);
  });

  it("gives each member the hub's type and says whether it has closed yet", () => {
    const view = buildOrganisationView(sixCcgs, "2026-11-23");
    expect(view.members.at(-1)).toEqual({
      name: "NHS Coastal Wealdshire Clinical Commissioning Group",
      odsCode: "95A",
      type: "CCG",
      closedOn: "2020-04-01",
      closed: true,
    });
  });

  it("names a joint hub's one member in the footer", () => {
    const view = buildOrganisationView({ ...sixCcgs, members: sixCcgs.members.slice(0, 1) }, "2026-11-23");
    expect([view.membersIntro, view.copyright]).toEqual([
      "This hub is published by:",
      "NHS North Wealdshire Clinical Commissioning Group",
    ]);
  });
});
