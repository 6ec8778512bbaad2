import { describe, expect, it } from "vitest";
import { checkWithMistake } from "./check-content.ts";

describe("a build with a last publication dated after today", () => {
  it("names the date as published in the future, says how to mark it as planned, and stops the build", () => {
    const check = checkWithMistake("publication-schedule.yaml", 'date: "2025-12-10"', 'date: "2026-12-10"');
    expect(check.ok).toBe(false);
    expect(check.output).toContain(
      `${check.file}:30:13 entries[1].lastPublished.date: published in the future: 2026-12-10 is after today, 2026-11-23. If it is planned, add 'scheduled: true' under lastPublished; otherwise correct the date`,
    );
  });

  it("builds when the date is marked as scheduled", () => {
    const check = checkWithMistake(
      "publication-schedule.yaml",
      'date: "2025-12-10"',
      'date: "2026-12-10"\n      scheduled: true',
    );
    expect(check.output).toBe("");
  });
});
