import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build whose organisation.yaml lists a joint hub's organisations under 'organisations'", () => {
  it("says to use 'members', and stops the build", () => {
    const check = checkWithMistake(
      "organisation.yaml",
      "odsCode: QZW\n",
      "odsCode: QZW\norganisations:\n  - NHS North Wealdmoor CCG\n  - NHS South Wealdmoor CCG\n",
    );
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:7:1 organisations: unknown field 'organisations': use 'members' to list the organisations of a joint hub, each with its 'name' and 'odsCode'; 'name' and 'shortName' then name the partnership (docs/content-model.md, organisation.yaml)`,
    );
  });
});
