import { describe, expect, it } from "vitest";
import { renderComponent } from "./render-component.ts";

const fixtures = {
  ratingAchieving: { rating: "achieving" },
  ratingMissing: { rating: null },
  statusOverdue: { status: "overdue" },
  statusDueSoon: { status: "due-soon" },
  dateChristmas: { date: "2026-12-27" },
  dateMissing: { date: null },
  changeUp: { change: 2 },
  changeNone: { change: 0 },
  changeUnknown: { change: null },
};

describe("appRatingTag", () => {
  it("shows the rating as a word inside a coloured NHS.UK tag", () => {
    const tag = renderComponent("rating-tag", "appRatingTag", fixtures.ratingAchieving).querySelector("strong.nhsuk-tag");
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
    const tag = renderComponent("schedule-status-tag", "appScheduleStatusTag", fixtures.statusOverdue).querySelector(".nhsuk-tag");
    expect(tag?.textContent?.trim()).toBe("Overdue");
    expect(tag?.className).toContain("nhsuk-tag--red");
  });

  it("says 'Due soon' for a deadline inside the window", () => {
    const tag = renderComponent("schedule-status-tag", "appScheduleStatusTag", fixtures.statusDueSoon).querySelector(".nhsuk-tag");
    expect(tag?.textContent?.trim()).toBe("Due soon");
  });
});

describe("appDate", () => {
  it("shows the date in words inside a machine-readable <time>", () => {
    const time = renderComponent("date", "appDate", fixtures.dateChristmas).querySelector("time");
    expect(time?.getAttribute("datetime")).toBe("2026-12-27");
    expect(time?.textContent).toBe("27 December 2026");
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
    expect(renderComponent("change", "appChange", fixtures.changeUnknown).textContent?.trim()).toBe("Not graded the year before");
  });
});
