/**
 * NHS.UK inset text, warning callout and details, written in markdown as
 *
 *     ::: warning Important: read this first
 *     Text with **markdown**.
 *     :::
 *
 * so authors get the components without raw HTML. The markup is what nhsuk-frontend 10's macros
 * give (components/inset-text, warning-callout and details), without their blank lines. A line
 * that cannot be rendered (an unknown name, no closing `:::`) stays as text for the content lint
 * to report, rather than being guessed at.
 */
import type MarkdownIt from "markdown-it";
import type { StateBlock, Token } from "markdown-it";
import { readContainerLine, type ContainerName } from "../container-syntax.ts";

interface ContainerMeta {
  name: ContainerName;
  title: string;
  /** The warning callout's heading level: one below the heading it sits under. */
  headingLevel: number;
}

export function nhsukContainers(md: MarkdownIt): void {
  md.block.ruler.before("fence", "nhsuk_container", container, {
    alt: ["paragraph", "reference", "blockquote", "list"],
  });
  md.core.ruler.push("nhsuk_container_heading_levels", (state) => {
    // The page title is the h1, so a callout before any heading is a level 2.
    let level = 1;
    for (const token of state.tokens) {
      if (token.type === "heading_open") level = Number(token.tag.slice(1));
      if (token.type === "nhsuk_container_open") (token.meta as ContainerMeta).headingLevel = Math.min(level + 1, 6);
    }
  });
  md.renderer.rules.nhsuk_container_open = (tokens, index) => openTag(tokens[index], md.utils.escapeHtml);
  md.renderer.rules.nhsuk_container_close = (tokens, index) => closeTag(tokens[index]);
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

function container(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const opening = readContainerLine(lineText(state, startLine));
  if (opening?.kind !== "open") return false;

  // The matching `:::`, counting nested openings (known or not) so an inner block keeps its own.
  let depth = 1;
  let line = startLine + 1;
  for (; line < endLine; line += 1) {
    const text = lineText(state, line);
    if (text !== "" && state.sCount[line]! < state.blkIndent) break;
    if (state.sCount[line]! - state.blkIndent >= 4) continue;
    const marker = readContainerLine(text);
    if (!marker) continue;
    depth += marker.kind === "close" ? -1 : 1;
    if (depth === 0) break;
  }
  if (depth !== 0) return false;
  if (silent) return true;

  const closeLine = line;
  const oldLineMax = state.lineMax;
  state.lineMax = closeLine;
  const open = state.push("nhsuk_container_open", "div", 1);
  open.block = true;
  open.markup = ":::";
  open.info = opening.name;
  open.map = [startLine, closeLine + 1];
  open.meta = { name: opening.name, title: opening.title, headingLevel: 2 } satisfies ContainerMeta;
  state.md.block.tokenize(state, startLine + 1, closeLine);
  const close = state.push("nhsuk_container_close", "div", -1);
  close.block = true;
  close.markup = ":::";
  close.info = opening.name;
  close.meta = open.meta;
  state.lineMax = oldLineMax;
  state.line = closeLine + 1;
  return true;
}

function openTag(token: Token | undefined, escapeHtml: (text: string) => string): string {
  const meta = token?.meta as ContainerMeta;
  switch (meta.name) {
    case "inset":
      return '<div class="nhsuk-inset-text">\n<span class="nhsuk-u-visually-hidden">Information: </span>\n';
    case "warning": {
      const title = meta.title || "Important";
      // As the macro: screen readers hear "Important: " first unless the heading already says so.
      const heading =
        title.includes("Important") || title.includes("important")
          ? escapeHtml(title)
          : `<span role="text"><span class="nhsuk-u-visually-hidden">Important: </span>${escapeHtml(title)}</span>`;
      const tag = `h${meta.headingLevel}`;
      return `<div class="nhsuk-card nhsuk-card--warning">\n<div class="nhsuk-card__content">\n<${tag} class="nhsuk-card__heading">${heading}</${tag}>\n`;
    }
    case "details":
      return `<details class="nhsuk-details">\n<summary class="nhsuk-details__summary">\n<span class="nhsuk-details__summary-text">${escapeHtml(meta.title)}</span>\n</summary>\n<div class="nhsuk-details__text">\n`;
  }
}

function closeTag(token: Token | undefined): string {
  const meta = token?.meta as ContainerMeta;
  switch (meta.name) {
    case "inset":
      return "</div>\n";
    case "warning":
      return "</div>\n</div>\n";
    case "details":
      return "</div>\n</details>\n";
  }
}
