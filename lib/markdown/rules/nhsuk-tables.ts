/** Markdown tables take the NHS.UK table styles, and header cells say what they head (scope). */
import type MarkdownIt from "markdown-it";

const CLASSES: Record<string, string> = {
  table_open: "nhsuk-table",
  thead_open: "nhsuk-table__head",
  tbody_open: "nhsuk-table__body",
  tr_open: "nhsuk-table__row",
  th_open: "nhsuk-table__header",
  td_open: "nhsuk-table__cell",
};

export function nhsukTables(md: MarkdownIt): void {
  md.core.ruler.push("nhsuk_tables", (state) => {
    for (const token of state.tokens) {
      const className = CLASSES[token.type];
      if (className) token.attrJoin("class", className);
      if (token.type === "th_open") token.attrSet("scope", "col");
    }
  });
}
