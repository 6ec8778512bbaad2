/** Mistakes in the new shapes of organisation.yaml's contact details: several numbers, other formats. */
import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with the contact details wrong", () => {
  it("refuses a single number beside a list of them, saying which to keep, and stops the build", () => {
    const check = checkWithMistake("organisation.yaml", "  phones:\n", '  phone: "0113 496 0000"\n  phones:\n');
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:11:10 contact.phone: give either 'phone' (one number) or 'phones' (several, each with a 'label'), not both: move this number into 'phones' with its label, and remove 'phone'`,
    );
  });

  it("suggests the format meant by a misspelt one in a group with details, and stops the build", () => {
    const check = checkWithMistake("organisation.yaml", "    - format: braille\n", "    - format: brialle\n");
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:40:15 alternativeFormatsContact.formats[4].format: 'brialle' is not allowed here: did you mean 'braille'?`,
    );
  });
});
