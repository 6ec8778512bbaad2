import { describe, expect, it } from "vitest";
import type { GateFinding, GateResult } from "../../../lib/gate/findings.ts";
import { formatTerminalReport, rulesOnEveryPage } from "../../../lib/gate/report.ts";

function finding(page: string, rule: string): GateFinding {
  return { page, tool: "html-validate", rule, element: "<div>", message: "A problem.", fix: "Fix it." };
}

function result(pages: string[], findings: GateFinding[]): GateResult {
  return {
    passed: findings.length === 0,
    pages,
    pagesChecked: pages.length,
    pagesFromCache: 0,
    findings,
    checkedAt: "2026-11-23",
    durationSeconds: { htmlValidate: 0, pa11y: 0 },
    standard: "WCAG 2.2 AA",
    tools: [],
  };
}

const pages = ["/", "/contact/", "/objectives/"];

describe("rulesOnEveryPage", () => {
  it("names a rule that fails on every page", () => {
    const findings = pages.map((page) => finding(page, "heading-level"));
    expect(rulesOnEveryPage(result(pages, [...findings, finding("/", "no-dup-id")]))).toEqual([
      "html-validate heading-level",
    ]);
  });

  it("names none when a rule fails on some pages only", () => {
    expect(
      rulesOnEveryPage(result(pages, [finding("/", "heading-level"), finding("/contact/", "heading-level")])),
    ).toEqual([]);
  });

  it("names none for a site of one page, where every page and one page are the same", () => {
    expect(rulesOnEveryPage(result(["/"], [finding("/", "heading-level")]))).toEqual([]);
  });
});

describe("the terminal report of a failed gate", () => {
  it("says a problem on every page comes from what the pages share, not from one page's words", () => {
    const report = formatTerminalReport(
      result(
        pages,
        pages.map((page) => finding(page, "prefer-native-element")),
      ),
    );
    expect(report).toContain(
      "html-validate prefer-native-element fails on every page, so the cause is in what every page shares (the layout, the header, the footer or a banner), not in one page's words.",
    );
    expect(report).toContain("If it began after a change to organisation.yaml, that change is the place to look.");
  });

  it("says nothing of the kind when the problem is on one page", () => {
    expect(formatTerminalReport(result(pages, [finding("/contact/", "heading-level")]))).not.toContain("every page");
  });
});
