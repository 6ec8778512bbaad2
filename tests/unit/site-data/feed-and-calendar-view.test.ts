/** What the feed and the calendar are made of, from a small hub on 23 November 2026. */
import { describe, expect, it } from "vitest";
import type { HubData } from "../../../lib/data/hub.ts";
import type { Engagement } from "../../../lib/schemas/engagement.ts";
import { buildSiteData } from "../../../lib/site-data/build-site-data.ts";
import { smallHub, TODAY } from "./small-hub.ts";

function consultation(id: string, opens: string, closes: string): Engagement {
  return {
    id,
    title: `Consultation ${id}`,
    kind: "consultation",
    summary: "What we propose.",
    opens,
    closes,
    respond: { how: "Email us.", email: "say@testshire.example" },
    groups: { characteristics: [], seldomHeard: ["Carers"] },
    documents: [],
  };
}

function hubWith(edit: (hub: HubData) => void): HubData {
  const hub = smallHub();
  edit(hub);
  return hub;
}

describe("the calendar", () => {
  const hub = hubWith((data) => {
    data.engagement.engagements = [
      consultation("closes-today", "2026-11-01", "2026-11-23"),
      consultation("closed-yesterday", "2026-11-01", "2026-11-22"),
      consultation("opens-later", "2027-01-04", "2027-02-28"),
    ];
  });

  it("holds each deadline from the build's day on and each closing day still to come, soonest first", () => {
    const [calendar] = buildSiteData(hub, TODAY).calendars;
    expect(calendar?.events.map((event) => [event.date, event.uid])).toEqual([
      ["2026-11-23", "engagement-closes-today-closes@equality.testshire.example"],
      ["2027-02-28", "engagement-opens-later-closes@equality.testshire.example"],
      ["2027-03-30", "schedule-gender-pay-gap-2027-03-30@equality.testshire.example"],
    ]);
  });

  it("leaves out the deadline that was missed: its day has gone", () => {
    const site = buildSiteData(hub, TODAY);
    expect(site.schedule.find((row) => row.entry.id === "wres")?.status).toBe("overdue");
    expect(JSON.stringify(site.calendars)).not.toContain("wres");
  });

  it("says when a consultation closes, and links its page", () => {
    const [calendar] = buildSiteData(hub, TODAY).calendars;
    expect(calendar?.events[0]).toMatchObject({
      summary: "Consultation closes: Consultation closes-today",
      description: "Closes at the end of the day. What we propose.",
      url: "https://equality.testshire.example/engagement/closes-today/",
    });
  });

  it("is not published once the organisation has closed", () => {
    const closed = hubWith((data) => {
      data.organisation.ceased = {
        closedOn: "2022-07-01",
        successor: { name: "NHS Next ICB", url: "https://next.example" },
      };
    });
    expect(buildSiteData(closed, TODAY).calendars).toEqual([]);
  });
});

describe("the feed", () => {
  it("leaves out what has not happened yet, and a schedule publication a report already stands for", () => {
    const hub = hubWith((data) => {
      const [gpg, wres] = data.publicationSchedule.entries;
      if (gpg) gpg.lastPublished = { date: "2027-03-01", url: "/gpg-2026.pdf", scheduled: true };
      data.reports.reports = [
        {
          type: "wres",
          year: "2025/26",
          publishedOn: wres?.lastPublished?.date ?? "",
          documents: [{ title: "WRES report 2025", url: "/wres.pdf", format: "PDF", size: "1 MB" }],
        },
      ];
      data.engagement.engagements = [consultation("opens-later", "2027-01-04", "2027-02-28")];
    });
    const { entries } = buildSiteData(hub, TODAY).feed;
    expect(entries.map((entry) => [entry.title, entry.url, entry.updated])).toEqual([
      [
        "Workforce Race Equality Standard (WRES), 2025/26",
        "https://equality.testshire.example/reports/#year-2025-26",
        "2025-10-29",
      ],
    ]);
  });

  it("is dated by the status date when nothing is published yet", () => {
    const hub = hubWith((data) => {
      for (const entry of data.publicationSchedule.entries) delete entry.lastPublished;
    });
    expect(buildSiteData(hub, TODAY).feed).toMatchObject({ updated: TODAY, entries: [] });
  });
});
