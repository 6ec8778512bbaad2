import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { responsiveTables } from "../../../lib/markdown/rules/responsive-tables.ts";

const md = new MarkdownIt({ html: false }).use(responsiveTables);

describe("responsiveTables", () => {
  it("labels each cell with its column's header, hidden from screen readers, and adds the ARIA table roles", () => {
    expect(md.render("| Duty | Section |\n| --- | --- |\n| Reduce inequalities | 14Z35 |")).toBe(
      '<table role="table" class="nhsuk-table--responsive">\n<thead role="rowgroup">\n<tr role="row">\n<th role="columnheader">Duty</th>\n<th role="columnheader">Section</th>\n</tr>\n</thead>\n<tbody>\n<tr role="row">\n<td role="cell"><span class="nhsuk-table__heading" aria-hidden="true">Duty </span>Reduce inequalities</td>\n<td role="cell"><span class="nhsuk-table__heading" aria-hidden="true">Section </span>14Z35</td>\n</tr>\n</tbody>\n</table>\n',
    );
  });

  it("takes a label's words from the header without its markdown, escaped", () => {
    expect(md.render("| **Duty** <ICB> |\n| --- |\n| Reduce |")).toContain(
      '<td role="cell"><span class="nhsuk-table__heading" aria-hidden="true">Duty &lt;ICB&gt; </span>Reduce</td>',
    );
  });

  it("leaves an empty header's column without a label", () => {
    expect(md.render("| |\n| --- |\n| Reduce |")).toContain('<td role="cell">Reduce</td>');
  });
});
