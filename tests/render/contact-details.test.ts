import { describe, expect, it } from "vitest";
import { text } from "../helpers/build-hub.ts";
import { contacts } from "./fixtures.ts";
import { renderComponent } from "./render-component.ts";

function render(params: Record<string, unknown>) {
  return renderComponent("contact-details", "appContactDetails", params);
}

function rows(fragment: ReturnType<typeof render>): string[] {
  return [...fragment.querySelectorAll(".nhsuk-summary-list__row")].map((row) => text(row).replace(/\u00a0/g, " "));
}

describe("appContactDetails", () => {
  it("lists email, phone and text relay in that order", () => {
    expect(rows(render(contacts.formats))).toEqual([
      "Email formats@example.nhs.uk",
      "Phone 0113 496 0456",
      "Text relay If you are deaf or have difficulty speaking, call 18001 0113 496 0456 through Relay UK",
    ]);
  });

  it("lists several numbers in one phone row, each after its label, and names the text relay service", () => {
    const fragment = render(contacts.severalPhones);
    const numbers = [...fragment.querySelectorAll(".app-contact-details__phones li")].map((item) =>
      text(item).replace(/\u00a0/g, " "),
    );
    expect([rows(fragment).map((row) => row.split(" ")[0]), numbers, rows(fragment)[1]]).toEqual([
      ["Phone", "Text"],
      ["Switchboard: 0113 496 0000", "Complaints <free>: 0808 157 0192"],
      "Text relay If you are deaf or have difficulty speaking, call 18001 0113 496 0000 through Next Generation Text Service",
    ]);
  });

  it("makes each of several numbers a link that dials it, and escapes their labels", () => {
    const fragment = render(contacts.severalPhones);
    expect([...fragment.querySelectorAll(".app-contact-details__phones a")].map((a) => a.getAttribute("href"))).toEqual(
      ["tel:01134960000", "tel:08081570192"],
    );
    expect(fragment.querySelector(".app-contact-details__phones")?.innerHTML).toContain("Complaints &lt;free&gt;:");
  });

  it("makes the phone number a link that dials it, without spaces", () => {
    expect(render(contacts.formats).querySelector("a[href^='tel:']")?.getAttribute("href")).toBe("tel:01134960456");
  });

  it("keeps a phone number on one line with non-breaking spaces", () => {
    expect(render(contacts.formats).querySelector("a[href^='tel:']")?.textContent).toBe("0113\u00a0496\u00a00456");
  });

  it("makes the email address a mailto link", () => {
    expect(render(contacts.formats).querySelector("a[href^='mailto:']")?.getAttribute("href")).toBe(
      "mailto:formats@example.nhs.uk",
    );
  });

  it("writes a postal address a line at a time, ending with the postcode", () => {
    const post = render(contacts.postal).querySelectorAll(".nhsuk-summary-list__value")[1];
    expect(post?.innerHTML.trim().split("<br>")).toEqual(["Riverside House", "2 Mill Lane", "WM1 4AB"]);
  });

  it("says so when no way to reach the team is given", () => {
    expect(text(render(contacts.none).querySelector(".app-contact-details--empty"))).toBe(
      "No contact details have been given.",
    );
  });
});
