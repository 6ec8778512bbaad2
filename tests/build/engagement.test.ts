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
        ["Who should get non-emergency patient transport: Closed", "Getting a GP appointment: Outcome published"],
      ],
    ]);
  });

  it("gives the dates and how to respond for an open consultation on the list", () => {
    const item = readPage(site, "/engagement/").querySelector("li.app-engagement-list__item");
    expect(text(item)).toContain("Opened 19 October 2026 Closes 13 December 2026");
    expect(text(item)).toContain("How to respond: Fill in our online survey");
    expect(
      item?.querySelector("a[href='https://www.wealdmoor-icb.example/have-your-say/community-mental-health-survey']"),
    ).not.toBeNull();
  });

  it("tells a reader of an open consultation how to respond and when it closes", () => {
    const page = readPage(site, "/engagement/community-mental-health-services/");
    expect(text(page.querySelector("h1"))).toBe("Shaping community mental health services");
    expect(text(page.querySelector(".nhsuk-summary-list"))).toContain(
      "Status Open Type Consultation Opened 19 October 2026 Closes 13 December 2026",
    );
    const respond = section(page, "How to respond");
    expect(respond).toContain("This consultation closes on 13 December 2026.");
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
      "This engagement opens on 11 January 2027. You can respond from then until 5 March 2027.",
    );
    expect(text(page.querySelector("main"))).not.toContain("Respond online");
  });

  it("says a closed consultation without an outcome has closed and the outcome will follow", () => {
    const main = text(readPage(site, "/engagement/patient-transport-eligibility/").querySelector("main"));
    expect(main).toContain("This consultation closed on 27 September 2026.");
    expect(main).toContain("We are considering what we heard and will publish the outcome here.");
    expect(main).not.toContain("How to respond");
  });

  it("shows what we heard and what we did once the outcome is published", () => {
    const page = readPage(site, "/engagement/primary-care-access/");
    expect(text(page.querySelector(".nhsuk-summary-list"))).toContain("Status Outcome published");
    expect(text(page.querySelector("main"))).toContain("This engagement closed on 26 April 2026.");
    expect(section(page, "What we heard")).toMatch(/^1,842 people responded/);
    expect(section(page, "What we did")).toMatch(/^Every practice now offers a way to book/);
    expect(section(page, "What we did")).toContain(
      "Getting a GP appointment - what we heard and what we did (PDF, 890 KB)",
    );
  });
});
