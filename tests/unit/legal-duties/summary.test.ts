/**
 * A duty's summary as an editor writes it: markdown paragraphs, lists, links and inline
 * formatting load; anything that belongs in prose on a page is refused with where it goes.
 */
import { describe, expect, it } from "vitest";
import { errorsFor, legalDutiesYaml, loadFixture } from "../data/fixture-hub.ts";

const FILE = "_data/legal-duties.yaml";

/** The human rights duty's summary (line 29) as a block of markdown. */
function withSummary(markdown: string): string {
  const block = markdown
    .split("\n")
    .map((line) => (line ? `      ${line}` : ""))
    .join("\n");
  return legalDutiesYaml.replace("    summary: Respect human rights.\n", `    summary: |-\n${block}\n`);
}

function summaryMessages(markdown: string): string[] {
  return errorsFor({ "legal-duties.yaml": withSummary(markdown) }).map((error) => error.message);
}

describe("a duty's summary", () => {
  it("holds paragraphs, a bullet list, a numbered list, links and bold text", () => {
    const markdown = [
      "We must respect **every** right in the [Human Rights Act](https://www.legislation.gov.uk/ukpga/1998/42).",
      "",
      "- the right to life",
      "- the right to respect for private and family life",
      "",
      "1. first",
      "2. second",
    ].join("\n");
    expect(loadFixture({ "legal-duties.yaml": withSummary(markdown) }).ok).toBe(true);
  });

  it("refuses a heading and says it belongs in prose on a page", () => {
    const errors = errorsFor({ "legal-duties.yaml": withSummary("## Our rights\n\nWe respect them.") });
    expect(errors).toEqual([
      {
        file: FILE,
        line: 29,
        column: 14,
        path: "duties[3].summary",
        message:
          "a summary cannot hold a heading ('## Our rights'): the duty's title is its heading; write it in prose on a page in site/ (such as site/our-equality-work/index.md) and link to that page from the summary",
      },
    ]);
  });

  it("refuses a table, an image and an NHS.UK component, each with where it goes instead", () => {
    expect(
      summaryMessages(
        [
          "| Right | Article |",
          "| --- | --- |",
          "| Life | 2 |",
          "",
          "![A chart of complaints](/assets/chart.png)",
          "",
          "::: inset",
          "Read this.",
          ":::",
        ].join("\n"),
      ),
    ).toEqual([
      "a summary cannot hold a table: write it in prose on a page in site/ (such as site/our-equality-work/index.md) and link to that page from the summary",
      "a summary cannot hold an image: write it in prose on a page in site/ (such as site/our-equality-work/index.md) and link to that page from the summary, with alt text",
      "a summary cannot hold an NHS.UK component ('::: inset'): write it in prose on a page in site/ (such as site/our-equality-work/index.md) and link to that page from the summary",
    ]);
  });

  it("refuses raw HTML and says how to write it in markdown", () => {
    expect(summaryMessages("We respect <b>every</b> right.")).toEqual([
      "raw HTML is not allowed in a summary: write markdown, such as **bold**, [a link](/objectives/) or a list with '- ' at the start of each line",
    ]);
  });

  it("refuses a link the pages would refuse, and link text that does not say where it goes", () => {
    expect(summaryMessages("Read [the Act](javascript:alert(1)) and [click here](/contact/).")).toEqual([
      "the link to 'javascript:alert(1)' must start with https://, http://, mailto:, tel: or /",
      "the link text 'click here' does not say where it goes: use words that make sense on their own, such as [our equality objectives](/objectives/)",
    ]);
  });
});
