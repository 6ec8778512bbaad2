/**
 * Headings get ids from their text, so sections can be linked to (and a contents list built).
 * Repeated headings get -2, -3 so ids stay unique on the page.
 */
import type MarkdownIt from "markdown-it";
import { slugify } from "../slugify.ts";

export function headingIds(md: MarkdownIt): void {
  md.core.ruler.push("heading_ids", (state) => {
    const used = new Map<string, number>();
    state.tokens.forEach((token, index) => {
      if (token.type !== "heading_open" || token.attrGet("id")) return;
      const text = state.tokens[index + 1]?.children?.map((child) => child.content).join("") ?? "";
      const base = slugify(text) || "section";
      const count = (used.get(base) ?? 0) + 1;
      used.set(base, count);
      token.attrSet("id", count === 1 ? base : `${base}-${count}`);
    });
  });
}
