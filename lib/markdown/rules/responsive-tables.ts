/**
 * Markdown tables stack on small screens, as the NHS.UK responsive table does: each cell carries
 * its column's header as a visible label that screen readers skip (they have the real headers).
 * Without this a wide table pushes the whole page sideways at 320 pixels (WCAG 2.2, 1.4.10 Reflow).
 * The markup copies nhsuk-frontend's table macro with `responsive: true`, so its CSS applies.
 */
import type MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";

const ROLES: Record<string, string> = {
  table_open: "table",
  thead_open: "rowgroup",
  tr_open: "row",
  th_open: "columnheader",
  td_open: "cell",
};

export function responsiveTables(md: MarkdownIt): void {
  md.core.ruler.push("responsive_tables", (state) => {
    let headers: string[] = [];
    let column = 0;
    state.tokens.forEach((token, index) => {
      const role = ROLES[token.type];
      if (role) token.attrSet("role", role);
      if (token.type === "table_open") {
        token.attrJoin("class", "nhsuk-table--responsive");
        headers = [];
      }
      if (token.type === "th_open") headers.push(plainText(state.tokens[index + 1]));
      if (token.type === "tr_open") column = 0;
      if (token.type !== "td_open") return;
      const inline = state.tokens[index + 1];
      const header = headers[column];
      column += 1;
      if (!inline?.children || !header) return;
      const open = new state.Token("table_heading_open", "span", 1);
      open.attrSet("class", "nhsuk-table__heading");
      open.attrSet("aria-hidden", "true");
      const label = new state.Token("text", "", 0);
      label.content = `${header} `;
      inline.children.unshift(open, label, new state.Token("table_heading_close", "span", -1));
    });
  });
}

/** A header cell's words without their markdown, such as "Duty" for "**Duty**". */
function plainText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .filter((child) => child.type === "text" || child.type === "code_inline")
    .map((child) => child.content)
    .join("")
    .trim();
}
