import { describe, expect, it } from "vitest";
import { renderComponent } from "./render-component.ts";

const fixtures = {
  ratingAchieving: { rating: "achieving" },
  ratingMissing: { rating: null },
  statusOverdue: { status: "overdue" },
  statusDueSoon: { status: "due-soon" },
  statusMissing: { status: null },
  statusDutyDone: { status: "published", kind: "duty" },
  engagementOpen: { status: "open", text: "Open for comments" },
  engagementHtml: { status: "closed", html: 'Closed <span class="nhsuk-u-visually-hidden">to responses</span>' },
  engagementMarkupText: { status: "open", text: "Open <until> Friday" },
  engagementNoWords: { status: "open" },
  dateChristmas: { date: "2026-12-27" },
  dateMissing: { date: null },
  dateDeadline: { date: "2018-10-21", time: "23:59", weekday: true },
  changeUp: { change: 2 },
  changeNone: { change: 0 },
  changeUnknown: { change: null },
};

describe("appRatingTag", () => {
  it("shows the rating as a word inside a coloured NHS.UK tag", () => {
    const tag = renderComponent("rating-tag", "appRatingTag", fixtures.ratingAchieving).querySelector(
      "strong.nhsuk-tag",
    );
    expect(tag?.textContent?.trim()).toBe("Achieving");
    expect(tag?.className).toContain("nhsuk-tag--green");
  });

  it("says 'Not graded' when there is no rating", () => {
    const tag = renderComponent("rating-tag", "appRatingTag", fixtures.ratingMissing).querySelector(".nhsuk-tag");
    expect(tag?.textContent?.trim()).toBe("Not graded");
  });
});

describe("appScheduleStatusTag", () => {
  it("says 'Overdue' in words on a red tag", () => {
    const tag = renderComponent("schedule-status-tag", "appScheduleStatusTag", fixtures.statusOverdue).querySelector(
      ".nhsuk-tag",
    );
    expect(tag?.textContent?.trim()).toBe("Overdue");
    expect(tag?.className).toContain("nhsuk-tag--red");
  });

  it("says 'Due soon' for a deadline inside the window", () => {
    const tag = renderComponent("schedule-status-tag", "appScheduleStatusTag", fixtures.statusDueSoon).querySelector(
      ".nhsuk-tag",
    );
    expect(tag?.textContent?.trim()).toBe("Due soon");
  });

  it("says 'Done', not 'Published', on the green tag of a duty that is up to date", () => {
    const tag = renderComponent("schedule-status-tag", "appScheduleStatusTag", fixtures.statusDutyDone).querySelector(
      ".nhsuk-tag",
    );
    expect([tag?.textContent?.trim(), tag?.classList.contains("nhsuk-tag--green")]).toEqual(["Done", true]);
  });

  it("renders nothing rather than an empty tag when there is no status", () => {
    expect(renderComponent("schedule-status-tag", "appScheduleStatusTag", fixtures.statusMissing).html).toBe("");
  });
});

describe("appEngagementStatusTag", () => {
  it("shows the status in the words it is given on a tag coloured by the status", () => {
    const tag = renderComponent(
      "engagement-status-tag",
      "appEngagementStatusTag",
      fixtures.engagementOpen,
    ).querySelector(".nhsuk-tag");
    expect([tag?.textContent?.trim(), tag?.classList.contains("nhsuk-tag--green")]).toEqual([
      "Open for comments",
      true,
    ]);
  });

  it("shows the HTML it is given instead of text", () => {
    const tag = renderComponent(
      "engagement-status-tag",
      "appEngagementStatusTag",
      fixtures.engagementHtml,
    ).querySelector(".nhsuk-tag");
    expect(tag?.querySelector(".nhsuk-u-visually-hidden")?.textContent).toBe("to responses");
  });

  it("escapes text rather than reading it as markup", () => {
    expect(
      renderComponent("engagement-status-tag", "appEngagementStatusTag", fixtures.engagementMarkupText).html,
    ).toContain("Open &lt;until&gt; Friday");
  });

  it("renders nothing rather than an empty tag when it is given no words", () => {
    expect(renderComponent("engagement-status-tag", "appEngagementStatusTag", fixtures.engagementNoWords).html).toBe(
      "",
    );
  });
});

describe("appDate", () => {
  it("shows the date in words inside a machine-readable <time>", () => {
    const time = renderComponent("date", "appDate", fixtures.dateChristmas).querySelector("time");
    expect(time?.getAttribute("datetime")).toBe("2026-12-27");
    expect(time?.textContent).toBe("27 December 2026");
  });

  it("puts a time of day and the weekday in front of a deadline, and the time in its datetime", () => {
    const time = renderComponent("date", "appDate", fixtures.dateDeadline).querySelector("time");
    expect([time?.getAttribute("datetime"), time?.textContent]).toEqual([
      "2018-10-21T23:59",
      "11:59pm on Sunday 21 October 2018",
    ]);
  });

  it("says 'Not set' rather than an empty <time> when there is no date", () => {
    const fragment = renderComponent("date", "appDate", fixtures.dateMissing);
    expect(fragment.querySelector("time")).toBeNull();
    expect(fragment.textContent?.trim()).toBe("Not set");
  });
});

describe("appChange", () => {
  it("describes a rise in words", () => {
    expect(renderComponent("change", "appChange", fixtures.changeUp).textContent?.trim()).toBe("Up 2");
  });

  it("says 'No change' for the same score", () => {
    expect(renderComponent("change", "appChange", fixtures.changeNone).textContent?.trim()).toBe("No change");
  });

  it("says there was no grading the year before when the change is unknown", () => {
    expect(renderComponent("change", "appChange", fixtures.changeUnknown).textContent?.trim()).toBe(
      "Not graded the year before",
    );
  });
});
