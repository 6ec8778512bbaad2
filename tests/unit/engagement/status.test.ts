/** An engagement's status is worked out from its dates and today, never written in the data. */
import { describe, expect, it } from "vitest";
import { engagementStatus } from "../../../lib/site-data/engagement-view.ts";

const dates = { opens: "2026-11-02", closes: "2026-11-30" };
const outcome = {
  publishedOn: "2027-01-15",
  weHeard: "People told us about transport.",
  weDid: "We changed the bus route.",
};

describe("the status of an engagement on a given day", () => {
  it("is upcoming the day before it opens", () => {
    expect(engagementStatus(dates, "2026-11-01")).toBe("upcoming");
  });

  it("is open on its opening day", () => {
    expect(engagementStatus(dates, "2026-11-02")).toBe("open");
  });

  it("is still open on its closing day", () => {
    expect(engagementStatus(dates, "2026-11-30")).toBe("open");
  });

  it("is closed the day after its closing day", () => {
    expect(engagementStatus(dates, "2026-12-01")).toBe("closed");
  });

  it("is open all day for a one-day event", () => {
    expect(engagementStatus({ opens: "2026-11-14", closes: "2026-11-14" }, "2026-11-14")).toBe("open");
  });

  it("is outcome published from the day the outcome is published", () => {
    expect(engagementStatus({ ...dates, outcome }, "2027-01-15")).toBe("outcome-published");
  });

  it("stays closed while an outcome written ahead of time waits for its day", () => {
    expect(engagementStatus({ ...dates, outcome }, "2027-01-14")).toBe("closed");
  });

  it("is open on its closing day even when the outcome is dated that day", () => {
    expect(engagementStatus({ ...dates, outcome: { ...outcome, publishedOn: "2026-11-30" } }, "2026-11-30")).toBe(
      "open",
    );
  });

  it("is open until its closing day when it gives no opening day", () => {
    expect([
      engagementStatus({ closes: "2026-11-30" }, "2026-01-01"),
      engagementStatus({ closes: "2026-11-30" }, "2026-12-01"),
    ]).toEqual(["open", "closed"]);
  });
});
