/**
 * The example hub's contact details as a reader meets them, built for 23 November 2026: several
 * numbers for general enquiries, each with what it is for, and the text relay service by name, on
 * the contact page and in the accessibility statement.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readPage, text } from "../helpers/build-hub.ts";
import { exampleSite } from "../helpers/example-site.ts";

let site: string;

beforeAll(() => {
  site = exampleSite().dir;
});

/** Each row of the contact details just after the h2 with this id, as read, with ordinary spaces. */
function rows(url: string, id: string): string[] {
  const list = readPage(site, url).querySelector(`#${id} + .app-contact-details`);
  return [...(list?.querySelectorAll(".nhsuk-summary-list__row") ?? [])].map((row) =>
    text(row).replace(/\u00a0/g, " "),
  );
}

describe("the contact details", () => {
  it("lists each general enquiries number with its label, each one a link that dials it", () => {
    const page = readPage(site, "/contact/");
    const phones = [
      ...page.querySelectorAll("#general-enquiries + .app-contact-details .app-contact-details__phones li"),
    ];
    expect(phones.map((item) => text(item).replace(/\u00a0/g, " "))).toEqual([
      "Switchboard: 0113 496 0000",
      "Patient advice and complaints (free to call): 0808 157 0192",
    ]);
    expect(phones.map((item) => item.querySelector("a")?.getAttribute("href"))).toEqual([
      "tel:01134960000",
      "tel:08081570192",
    ]);
  });

  it("names the text relay service to call through, on the contact page and in the accessibility statement", () => {
    const relay = "If you are deaf or have difficulty speaking, call 18001 0113 496 0456 through Relay UK";
    for (const url of ["/contact/", "/accessibility-statement/"])
      expect(text(readPage(site, url).querySelector("main")).replace(/\u00a0/g, " "), url).toContain(relay);
  });

  it("keeps one number for the equality team as a single phone row", () => {
    expect(rows("/contact/", "equality-team")).toEqual(["Email equality@wealdmoor-icb.example", "Phone 0113 496 0123"]);
  });
});
