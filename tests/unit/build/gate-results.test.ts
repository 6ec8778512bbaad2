/** The accessibility statement's "how we tested" part, written from the gate run of the same build. */
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  GATE_RESULTS_END,
  GATE_RESULTS_START,
  renderGateResults,
  replaceGateResults,
  summariseGate,
} from "../../../lib/build/gate-results.ts";
import type { GateResult } from "../../../lib/gate/findings.ts";
import { PROJECT_ROOT, text } from "../../helpers/build-hub.ts";

const passed: GateResult = {
  passed: true,
  pages: ["/", "/contact/"],
  pagesChecked: 2,
  pagesFromCache: 0,
  findings: [],
  checkedAt: "2026-11-23T09:15:00.000Z",
  durationSeconds: { htmlValidate: 0.5, pa11y: 2 },
  standard: "WCAG 2.2 AA",
  tools: ["html-validate", "axe-core", "HTML_CodeSniffer"],
};

const site = path.join(PROJECT_ROOT, "site");

describe("the gate results in the accessibility statement", () => {
  it("says the build's date, how many pages were checked, against what, with which tools, and what was found", () => {
    const html = renderGateResults(summariseGate(passed, "2026-11-23"), site);
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
    expect(text(document.body)).toContain(
      "This version of the website was tested on 23 November 2026, when it was built. Every page (2 pages) was checked automatically against WCAG 2.2 AA with:",
    );
    expect([...document.querySelectorAll("li")].map((item) => text(item))).toEqual([
      "html-validate",
      "axe-core",
      "HTML_CodeSniffer",
    ]);
    expect(text(document.body)).toContain("The checks found no problems.");
    expect(document.querySelector("time")?.getAttribute("datetime")).toBe("2026-11-23");
  });

  it("takes the date from the build's today, not the clock, so the same inputs give the same page", () => {
    expect(summariseGate(passed, "2026-11-20").date).toBe("2026-11-20");
  });

  it("replaces only what is between the markers", () => {
    const page = `<h2>How we tested</h2>${GATE_RESULTS_START}<p>placeholder</p>${GATE_RESULTS_END}<p>after</p>`;
    expect(replaceGateResults(page, "<p>results</p>")).toBe(
      `<h2>How we tested</h2>${GATE_RESULTS_START}<p>results</p>${GATE_RESULTS_END}<p>after</p>`,
    );
  });

  it("leaves a page without the markers alone", () => {
    expect(replaceGateResults("<p>no markers</p>", "<p>results</p>")).toBeUndefined();
  });
});
