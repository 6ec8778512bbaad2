import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build for an employer of fewer than 250 people whose schedule has a gender pay gap entry", () => {
  it("says the entry claims a duty that does not apply and what to change, and stops the build", () => {
    const check = checkWithMistake("organisation.yaml", "employees: 250-or-more", "employees: 150-249");
    const schedule = check.file.replace("organisation.yaml", "publication-schedule.yaml");
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${schedule}:9:9 entries[0].id: the organisation employs fewer than 250 people ('employees: 150-249', organisation.yaml line 49), so publishing a gender pay gap report is not a duty: remove this entry (a report published voluntarily goes in reports.yaml, and the site says it is voluntary), or correct 'employees' if there are 250 staff or more`,
    );
  });
});
