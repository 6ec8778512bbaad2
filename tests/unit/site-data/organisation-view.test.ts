/** Other formats in words, and the closed-organisation banner's state, worked out from today. */
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
