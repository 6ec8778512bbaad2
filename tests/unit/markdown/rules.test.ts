import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../../lib/markdown/create-markdown.ts";

const md = createMarkdown();

describe("the markdown set-up", () => {
  it("keeps a law's limbs as written: (c) stays (c), not a copyright sign", () => {
    expect(md.render("Section 14Z2(2)(c) and (r)")).toBe("<p>Section 14Z2(2)(c) and (r)</p>\n");
  });

  it("still curls quotation marks", () => {
    expect(md.render('"Fair" access')).toBe("<p>\u201cFair\u201d access</p>\n");
  });

  it("escapes raw HTML instead of passing it through", () => {
    expect(md.render("<script>alert(1)</script>")).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
  });

  it("gives headings ids from their text, numbering repeats", () => {
    expect(md.render("## Who we are\n\n## Who we are")).toBe(
      '<h2 id="who-we-are">Who we are</h2>\n<h2 id="who-we-are-2">Who we are</h2>\n',
    );
  });

  it("gives lists the NHS.UK list classes", () => {
    expect(md.render("- one\n\n1. two")).toBe(
      '<ul class="nhsuk-list nhsuk-list--bullet">\n<li>one</li>\n</ul>\n<ol class="nhsuk-list nhsuk-list--number">\n<li>two</li>\n</ol>\n',
    );
  });

  it("gives tables the NHS.UK responsive classes, scoped headers and the heading above as caption", () => {
    expect(md.render("## Duties\n\n| Duty | Section |\n| --- | --- |\n| Reduce inequalities | 14Z35 |")).toBe(
      '<h2 id="duties">Duties</h2>\n<table class="nhsuk-table nhsuk-table--responsive" role="table">\n<caption class="nhsuk-table__caption">Duties</caption>\n<thead class="nhsuk-table__head" role="rowgroup">\n<tr class="nhsuk-table__row" role="row">\n<th class="nhsuk-table__header" scope="col" role="columnheader">Duty</th>\n<th class="nhsuk-table__header" scope="col" role="columnheader">Section</th>\n</tr>\n</thead>\n<tbody class="nhsuk-table__body">\n<tr class="nhsuk-table__row" role="row">\n<td class="nhsuk-table__cell" role="cell"><span class="nhsuk-table__heading" aria-hidden="true">Duty </span>Reduce inequalities</td>\n<td class="nhsuk-table__cell" role="cell"><span class="nhsuk-table__heading" aria-hidden="true">Section </span>14Z35</td>\n</tr>\n</tbody>\n</table>\n',
    );
  });
});
