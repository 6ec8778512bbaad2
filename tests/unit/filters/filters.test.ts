import { describe, expect, it } from "vitest";
import {
  actSections,
  breadcrumbs,
  changeInWords,
  displayDate,
  nonBreaking,
  publicUrl,
  statusLabel,
  timeOfDay,
} from "../../../lib/filters/index.ts";

describe("template filters", () => {
  it("publicUrl writes a page's public address after siteUrl, with one slash however siteUrl ends", () => {
    expect(publicUrl("/policies/", "https://www.example-icb.nhs.uk/equality")).toBe(
      "https://www.example-icb.nhs.uk/equality/policies/",
    );
    expect(publicUrl("/", "https://www.example-icb.nhs.uk/equality/")).toBe("https://www.example-icb.nhs.uk/equality/");
    expect(publicUrl("/contact/", "https://equality.example-icb.nhs.uk/")).toBe(
      "https://equality.example-icb.nhs.uk/contact/",
    );
  });

  it("displayDate writes a date the NHS.UK way and tolerates a missing one", () => {
    expect(displayDate("2026-12-27")).toBe("27 December 2026");
    expect(displayDate(undefined)).toBe("");
  });

  it("displayDate names the weekday of a deadline when asked", () => {
    expect(displayDate("2018-10-21", true)).toBe("Sunday 21 October 2018");
  });

  it("timeOfDay writes a time the NHS.UK way and tolerates a missing one", () => {
    expect([timeOfDay("09:00"), timeOfDay("17:30"), timeOfDay("12:00"), timeOfDay("23:59"), timeOfDay(null)]).toEqual([
      "9am",
      "5:30pm",
      "midday",
      "11:59pm",
      "",
    ]);
  });

  it("actSections names one section or a pair", () => {
    expect(actSections("5")).toBe("section 5");
    expect(actSections("17-18")).toBe("sections 17 and 18");
  });

  it("changeInWords never relies on a sign or an arrow", () => {
    expect([changeInWords(1), changeInWords(-2), changeInWords(0), changeInWords(null)]).toEqual([
      "Up 1",
      "Down 2",
      "No change",
      "Not graded the year before",
    ]);
  });

  it("statusLabel turns ids into words", () => {
    expect(statusLabel("not-started")).toBe("Not started");
  });

  it("nonBreaking keeps a phone number on one line", () => {
    expect(nonBreaking("0113 496 0000")).toBe("0113\u00a0496\u00a00000");
  });

  it("breadcrumbs lists the ancestors that are pages, from Home, without the current page", () => {
    const pages = [
      { url: "/", data: { title: "Home page" } },
      { url: "/objectives/", data: { title: "Equality objectives" } },
      { url: "/objectives/fair-access/", data: { title: "Fair access" } },
    ];
    expect(breadcrumbs("/objectives/fair-access/", pages)).toEqual([
      { text: "Home", href: "/" },
      { text: "Equality objectives", href: "/objectives/" },
    ]);
    expect(breadcrumbs("/", pages)).toEqual([]);
  });
});
