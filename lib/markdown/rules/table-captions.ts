/**
 * Every table needs a caption so screen reader users know what it holds before they enter it.
 * Markdown has no caption syntax, so a table takes the text of the heading it sits under.
 */
import type MarkdownIt from "markdown-it";

export function tableCaptions(md: MarkdownIt): void {
  md.core.ruler.push("table_captions", (state) => {
    let heading = "";
    for (let index = 0; index < state.tokens.length; index += 1) {
      const token = state.tokens[index];
      if (!token) continue;
      if (token.type === "heading_open") heading = state.tokens[index + 1]?.content ?? "";
      if (token.type !== "table_open" || !heading) continue;
      const open = new state.Token("caption_open", "caption", 1);
      open.attrSet("class", "nhsuk-table__caption");
      const inline = new state.Token("inline", "", 0);
      inline.content = heading;
      inline.children = [];
      md.inline.parse(heading, md, state.env, inline.children);
      const close = new state.Token("caption_close", "caption", -1);
      close.block = true;
      state.tokens.splice(index + 1, 0, open, inline, close);
      index += 3;
    }
  });
}
