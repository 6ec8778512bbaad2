/**
 * The calendar's dates where they are easiest to get wrong: a deadline on 29 February, and
 * consultations closing on the days the clocks change. Renders a copy of the example hub with such
 * data, with Eleventy alone, and reads its calendar with ical.js as a calendar app would.
 */
import { appendFileSync, cpSync, readFileSync } from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, PROJECT_ROOT, removeDir } from "../helpers/build-hub.ts";
import { renderWithEleventy } from "../helpers/render-copy.ts";

const LEAP_DAY_ENTRY = `
  - id: leap-day-review
    title: Leap day review
    duty: Local commitment of the board
    rule:
      type: one-off
      date: "2028-02-29"
    owner: Head of Communications
`;

/** A consultation closing on `closes`, at 5pm. */
function consultation(id: string, closes: string): string {
  return `
  - id: ${id}
    title: Closing on ${closes}
    kind: consultation
    summary: A consultation that closes on the day the clocks change.
    opens: "2027-01-04"
    closes: "${closes}"
    closesAt: "17:00"
    respond:
      how: Email us.
      email: haveyoursay@wealdmoor-icb.example
    groups:
      seldomHeard:
        - Carers
`;
}

let workDir: string;
let calendar: string;

beforeAll(() => {
  workDir = makeTempDir("calendar-dates");
  const dataDir = path.join(workDir, "data");
  cpSync(path.join(PROJECT_ROOT, "_data"), dataDir, { recursive: true });
  appendFileSync(path.join(dataDir, "publication-schedule.yaml"), LEAP_DAY_ENTRY);
  // British Summer Time begins on Sunday 28 March 2027 and ends on Sunday 31 October 2027.
  appendFileSync(
    path.join(dataDir, "engagement.yaml"),
    consultation("clocks-go-forward", "2027-03-28") + consultation("clocks-go-back", "2027-10-31"),
  );
  const site = path.join(workDir, "site");
  renderWithEleventy(dataDir, site);
  calendar = readFileSync(path.join(site, "calendar.ics"), "utf8");
});

afterAll(() => removeDir(workDir));

function event(uid: string): [string, string, boolean, string] | undefined {
  const component = new ICAL.Component(ICAL.parse(calendar));
  const found = component
    .getAllSubcomponents("vevent")
    .map((vevent) => new ICAL.Event(vevent))
    .find((item) => item.uid === uid);
  return found && [found.startDate.toString(), found.endDate.toString(), found.startDate.isDate, found.summary];
}

describe("the calendar's dates", () => {
  it("puts a deadline on 29 February as that whole day, ending on 1 March", () => {
    expect(event("schedule-leap-day-review-2028-02-29@equality.wealdmoor-icb.example")).toEqual([
      "2028-02-29",
      "2028-03-01",
      true,
      "Leap day review due",
    ]);
  });

  it("keeps a closing day on the day the clocks go forward, and on the day they go back", () => {
    expect([
      event("engagement-clocks-go-forward-closes@equality.wealdmoor-icb.example"),
      event("engagement-clocks-go-back-closes@equality.wealdmoor-icb.example"),
    ]).toEqual([
      ["2027-03-28", "2027-03-29", true, "Consultation closes: Closing on 2027-03-28"],
      ["2027-10-31", "2027-11-01", true, "Consultation closes: Closing on 2027-10-31"],
    ]);
  });

  it("writes those days as DATE values, not times that a zone could move to another day", () => {
    const lines = calendar.split("\r\n");
    for (const [start, end] of [
      ["20280229", "20280301"],
      ["20270328", "20270329"],
      ["20271031", "20271101"],
    ]) {
      expect(lines).toContain(`DTSTART;VALUE=DATE:${start}`);
      expect(lines).toContain(`DTEND;VALUE=DATE:${end}`);
    }
  });
});
