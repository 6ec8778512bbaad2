/**
 * The engagement and consultation pages of the example hub, built for 23 November 2026: what a
 * reader sees of each one's status, how to respond while it is open, and the outcome once published.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readPage, text } from "../helpers/build-hub.ts";
import { exampleSite } from "../helpers/example-site.ts";

let site: string;

beforeAll(() => {
  site = exampleSite().dir;
});

/** The text of the section that starts at the h2 reading `heading`, up to the next h2. */
function section(page: Document, heading: string): string {
  const start = [...page.querySelectorAll("main h2")].find((h2) => text(h2) === heading);
  if (!start) return "";
  const parts: string[] = [];
  for (let node = start.nextElementSibling; node && node.tagName !== "H2"; node = node.nextElementSibling)
    parts.push(text(node));
  return parts.join(" ");
}

/** Each item on the list page as its heading, then its status and type as read. */
function listed(page: Document): Array<[string, string[]]> {
  return [...page.querySelectorAll("main h2")].map((group) => [
    text(group),
    [...(group.nextElementSibling?.querySelectorAll("li.app-engagement-list__item") ?? [])].map(
      (item) => `${text(item.querySelector("h3"))}: ${text(item.querySelector(".nhsuk-tag"))}`,
    ),
  ]);
}

describe("the engagement and consultations pages", () => {
  it("groups the list into open now, coming up and closed, each with its status in words", () => {
    const page = readPage(site, "/engagement/");
    expect(text(page.querySelector("h1"))).toBe("Engagement and consultations");
    expect(listed(page)).toEqual([
      ["Open now", ["Shaping community mental health services: Open"]],
      ["Coming up", ["Your experience of maternity care: Upcoming"]],
      [
        "Closed",
        [
          "Who should get non-emergency patient transport: Closed",
          "Getting a GP appointment: Outcome published",
          "Evening and Sunday pharmacy opening: Closed",
        ],
      ],
    ]);
  });

  it("gives the dates and how to respond for an open consultation on the list", () => {
    const item = readPage(site, "/engagement/").querySelector("li.app-engagement-list__item");
    expect(text(item)).toContain("Opened 19 October 2026 Closes 11:59pm on Sunday 13 December 2026");
    expect(text(item)).toContain("How to respond: Fill in our online survey");
    expect(
      item?.querySelector("a[href='https://www.wealdmoor-icb.example/have-your-say/community-mental-health-survey']"),
    ).not.toBeNull();
  });

  it("tells a reader of an open consultation how to respond and when it closes, to the minute", () => {
    const page = readPage(site, "/engagement/community-mental-health-services/");
    expect(text(page.querySelector("h1"))).toBe("Shaping community mental health services");
    expect(text(page.querySelector(".nhsuk-summary-list"))).toContain(
      "Status Open Type Consultation Opened 19 October 2026 Closes 11:59pm on Sunday 13 December 2026",
    );
    const respond = section(page, "How to respond");
    expect(respond).toContain(
      "This consultation closes at 11:59pm on Sunday 13 December 2026. We read every response we receive by then.",
    );
    expect(page.querySelector("main .nhsuk-inset-text time")?.getAttribute("datetime")).toBe("2026-12-13T23:59");
    expect(respond).toContain("Respond online");
    expect(respond).toContain("Email haveyoursay@wealdmoor-icb.example Phone 0113 496 0350");
  });

  it("names the people whose views are wanted, linking each protected characteristic", () => {
    const page = readPage(site, "/engagement/community-mental-health-services/");
    const links = [...page.querySelectorAll("main a[href^='/protected-characteristics/']")];
    expect(links.map((link) => [text(link), link.getAttribute("href")])).toEqual([
      ["Disability", "/protected-characteristics/disability/"],
      ["Age", "/protected-characteristics/age/"],
      ["Race", "/protected-characteristics/race/"],
      ["Sexual orientation", "/protected-characteristics/sexual-orientation/"],
    ]);
    expect(section(page, "Who we want to hear from")).toContain(
      "groups we hear from less often: People experiencing homelessness Carers Refugees and people seeking asylum",
    );
  });

  it("says when an upcoming engagement opens, without a link to respond yet", () => {
    const page = readPage(site, "/engagement/maternity-voices-2027/");
    expect(section(page, "How to respond")).toContain(
      "This engagement opens on 11 January 2027. You can respond from then until Friday 5 March 2027.",
    );
    expect(text(page.querySelector("main"))).not.toContain("Respond online");
  });

  it("keeps how people could respond to a closed consultation as a record, sending nobody to its survey", () => {
    const page = readPage(site, "/engagement/patient-transport-eligibility/");
    const record = section(page, "How people could respond");
    expect(record).toContain("This consultation closed on Sunday 27 September 2026.");
    expect(record).toContain(
      "While it was open, we asked people to respond like this: Information: Fill in our online survey, or email or phone us.",
    );
    expect(
      [...page.querySelectorAll(".app-engagement-record li")].map((item) => text(item).replace(/\u00a0/g, " ")),
    ).toEqual([
      "online, through a survey that has now closed",
      "by email, to haveyoursay@wealdmoor-icb.example",
      "by phone, on 0113 496 0350",
    ]);
    expect(record).toContain("It no longer takes responses.");
    expect(
      page.querySelectorAll("main a[href*='have-your-say'], main a[href^='mailto:'], main a[href^='tel:']"),
    ).toHaveLength(0);
    expect(text(page.querySelector("main"))).not.toContain("Respond online");
  });

  it("says the outcome of a closed consultation will follow, within the weeks engagement.yaml gives", () => {
    const page = readPage(site, "/engagement/patient-transport-eligibility/");
    expect(text(page.querySelector("#what-happens-next + p"))).toBe(
      "We are considering what we heard and will publish the outcome here.",
    );
  });

  it("says no outcome has been published once those weeks have passed, never that it is still being considered", () => {
    const page = readPage(site, "/engagement/community-pharmacy-hours/");
    expect(text(page.querySelector("#what-happened-next + p"))).toBe(
      "No outcome has been published. Contact us to ask what was decided.",
    );
    expect(page.querySelector("main a[href='/contact/']")).not.toBeNull();
    expect(text(page.querySelector("main"))).not.toContain("We are considering");
  });

  it("shows what we heard and what we did once the outcome is published", () => {
    const page = readPage(site, "/engagement/primary-care-access/");
    expect(text(page.querySelector(".nhsuk-summary-list"))).toContain("Status Outcome published");
    expect(text(page.querySelector("main"))).toContain("This engagement closed on Sunday 26 April 2026.");
    expect(section(page, "What we heard")).toMatch(/^1,842 people responded/);
    expect(section(page, "What we did")).toMatch(/^Every practice now offers a way to book/);
    expect(section(page, "What we did")).toContain(
      "Getting a GP appointment - what we heard and what we did (PDF, 890 KB)",
    );
  });
});
