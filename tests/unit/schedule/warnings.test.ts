/**
 * The build's warnings about the publication schedule: valid data, but the editor should act. A
 * scheduled publication whose day has come, and a yearly publication that looks late but does not
 * say which cycle it covers.
 */
import { describe, expect, it } from "vitest";
import { collectWarnings } from "../../../lib/data/warnings.ts";
import { loadFixture, scheduleYaml } from "../data/fixture-hub.ts";

const FILE = "_data/publication-schedule.yaml";

/** The fixture with a second entry whose lastPublished line (line 12) is `last`. */
function withEntry(last: string, date = "10-31"): string {
  return `${scheduleYaml}  - id: wres
    title: Workforce Race Equality Standard report
    duty: NHS Standard Contract
    rule: { type: fixed-yearly, date: "${date}" }
${last}
    owner: Chief People Officer
`;
}

function warningsFor(yaml: string, today: string): string[] {
  const loaded = loadFixture({ "publication-schedule.yaml": yaml }, today);
  if (!loaded.ok) throw new Error(`the test data did not load: ${JSON.stringify(loaded.errors)}`);
  return collectWarnings(loaded.data, loaded.files, today)
    .filter((warning) => warning.file === FILE)
    .map((warning) => `${warning.line}:${warning.column} ${warning.path}: ${warning.message}`);
}

describe("warnings about the publication schedule", () => {
  it("says a scheduled publication now counts as done once its day has come, and to remove scheduled", () => {
    const planned = withEntry('    lastPublished: { date: "2026-10-20", url: /reports/wres/, scheduled: true }');
    expect([warningsFor(planned, "2026-10-19"), warningsFor(planned, "2026-10-20")]).toEqual([
      [],
      [
        "12:74 entries[1].lastPublished.scheduled: 'Workforce Race Equality Standard report' was scheduled for 20 October 2026, which has come, so the hub now counts it as done: once it is out, remove 'scheduled: true'",
      ],
    ]);
  });

  it("asks which cycle a yearly publication covers when it came soon after a deadline", () => {
    const late = withEntry('    lastPublished: { date: "2025-03-31", url: /reports/gender-pay-gap-2024/ }', "03-30");
    expect(warningsFor(late, "2026-04-10")).toEqual([
      "12:28 entries[1].lastPublished.date: published on 31 March 2025, 1 day after the 30 March 2025 deadline, so the hub counts it as early for 30 March 2026. If it was late for 30 March 2025, say which cycle it covers, such as covers: '2024' (the snapshot year) or covers: '2024/25' (the reporting year)",
    ]);
  });

  it("suggests the cycle of a deadline later in the year by the year it falls in", () => {
    const late = withEntry('    lastPublished: { date: "2025-11-12", url: /reports/wres/ }');
    expect(warningsFor(late, "2026-04-10")).toEqual([
      expect.stringContaining("such as covers: '2025' (the snapshot year) or covers: '2025/26' (the reporting year)"),
    ]);
  });

  it("says nothing of a publication that came before its deadline, or one that says what it covers", () => {
    expect([
      warningsFor(withEntry('    lastPublished: { date: "2025-10-29", url: /reports/wres/ }'), "2026-04-10"),
      warningsFor(
        withEntry('    lastPublished: { date: "2025-11-12", url: /reports/wres/, covers: "2025/26" }'),
        "2026-04-10",
      ),
    ]).toEqual([[], []]);
  });
});
