/** Markdown lists take the NHS.UK list styles, which show bullets and numbers. */
import type MarkdownIt from "markdown-it";

export function nhsukLists(md: MarkdownIt): void {
  md.core.ruler.push("nhsuk_lists", (state) => {
    for (const token of state.tokens) {
      if (token.type === "bullet_list_open") token.attrJoin("class", "nhsuk-list nhsuk-list--bullet");
      if (token.type === "ordered_list_open") token.attrJoin("class", "nhsuk-list nhsuk-list--number");
    }
  });
}
