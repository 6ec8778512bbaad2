import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

const EMPLOYEES = "employees: 250-or-more";

describe("a build with the open data licence written as text", () => {
  it("asks for its name and address, or to leave it out for the Open Government Licence", () => {
    const check = checkWithMistake("organisation.yaml", EMPLOYEES, `${EMPLOYEES}\ndataLicence: OGL`);
    expect(check.ok).toBe(false);
    expect(check.output).toMatch(
      /organisation\.yaml:\d+:\d+ dataLicence: give the open data licence as its name and address, such as name: 'Open Government Licence v3\.0' and url: 'https:\/\/www\.nationalarchives\.gov\.uk\/doc\/open-government-licence\/version\/3\/', or leave dataLicence out for that licence/,
    );
  });

  it("asks for a full address for its url", () => {
    const check = checkWithMistake(
      "organisation.yaml",
      EMPLOYEES,
      `${EMPLOYEES}\ndataLicence:\n  name: Creative Commons Attribution 4.0\n  url: creativecommons.org/licenses/by/4.0/`,
    );
    expect(check.ok).toBe(false);
    expect(check.output).toMatch(
      /organisation\.yaml:\d+:\d+ dataLicence\.url: write a full address starting with 'https:\/\/'/,
    );
  });
});

describe("a build with the open data licence under another name", () => {
  it("names dataLicence", () => {
    const check = checkWithMistake("organisation.yaml", EMPLOYEES, `${EMPLOYEES}\nlicense: OGL`);
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      "to publish the open data under a licence other than the Open Government Licence v3.0, give 'dataLicence' with its 'name' and 'url'",
    );
  });
});
