import { describe, expect, it } from "vitest";
import { formatLinkProblems, formatLinkWarnings } from "../../../lib/links/format-link-problems.ts";

describe("the broken link report", () => {
  it("lists each broken link as 'page -> target: problem', grouped by page, with a count and what to do", () => {
    const report = formatLinkProblems([
      { page: "/policies/", target: "/policiez/", element: "a", problem: "no page or file at /policiez/" },
      { page: "/contact/", target: "#phone", element: "a", problem: "no element with id 'phone' on this page" },
      {
        page: "/policies/",
        target: "/objectives/#outcome",
        element: "a",
        problem: "no element with id 'outcome' on /objectives/",
      },
    ]);
    expect(report).toBe(
      [
        "3 broken internal links:",
        "",
        "/contact/ -> #phone: no element with id 'phone' on this page",
        "",
        "/policies/ -> /policiez/: no page or file at /policiez/",
        "/policies/ -> /objectives/#outcome: no element with id 'outcome' on /objectives/",
        "",
        "Nothing was published: fix the links and build again.",
      ].join("\n"),
    );
  });

  it("says the site still publishes when links only reach an old address", () => {
    const report = formatLinkWarnings([
      {
        page: "/",
        target: "/accessibility/",
        element: "a",
        problem:
          "links to an old address that redirects to /accessibility-statement/: link to /accessibility-statement/",
      },
    ]);
    expect(report).toContain("1 link to an old address (the site still publishes");
    expect(report).toContain(
      "/ -> /accessibility/: links to an old address that redirects to /accessibility-statement/: link to /accessibility-statement/",
    );
  });
});
