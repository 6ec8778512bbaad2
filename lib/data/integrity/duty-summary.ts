/**
 * What a duty's summary may hold: markdown paragraphs, bullet and numbered lists (a duty's limbs,
 * such as s.14Z2 (a) to (c)), links on the pages' allow-list and inline formatting. Headings,
 * tables, images and NHS.UK components belong in prose on a page, so each is refused with where
 * it goes instead; raw HTML is refused as it is in pages. The view renders what passes with the
 * pages' markdown set-up (lib/markdown/create-markdown.ts).
 */
import type { Token } from "markdown-it";
import { documentFormat, isBareAddress, isVagueLinkText, saysFormatAndSize } from "../../content/link-wording.ts";
import { createLintParser } from "../../content/markdown-source.ts";
import { ALLOWED_LINKS_IN_WORDS, isAllowedLink } from "../../markdown/link-allow-list.ts";

const parser = createLintParser();

const ON_A_PAGE =
  "write it in prose on a page in site/ (such as site/our-equality-work/index.md) and link to that page from the summary";

const ALLOWED_BLOCKS = new Set([
  "paragraph_open",
  "paragraph_close",
  "bullet_list_open",
  "bullet_list_close",
  "ordered_list_open",
  "ordered_list_close",
  "list_item_open",
  "list_item_close",
  "inline",
]);

/** The problems with one summary, as messages for its field; [] when it is fine. */
export function summaryProblems(summary: string): string[] {
  const problems: string[] = [];
  const tokens = parser.parse(summary, {});
  // Inside a refused block (a table's rows, a component's text) there is nothing more to say.
  let refusedAt: number | undefined;
  tokens.forEach((token, index) => {
    if (refusedAt !== undefined) {
      if (token.nesting === -1 && token.level === refusedAt) refusedAt = undefined;
      return;
    }
    if (ALLOWED_BLOCKS.has(token.type)) {
      if (token.type === "inline") problems.push(...inlineProblems(token.children ?? []));
      return;
    }
    problems.push(blockProblem(token, tokens[index + 1]));
    if (token.nesting === 1) refusedAt = token.level;
  });
  return [...new Set(problems)];
}

function blockProblem(token: Token, next: Token | undefined): string {
  switch (token.type) {
    case "heading_open":
      return `a summary cannot hold a heading ('${token.markup} ${next?.content ?? ""}'): the duty's title is its heading; ${ON_A_PAGE}`;
    case "table_open":
      return `a summary cannot hold a table: ${ON_A_PAGE}`;
    case "nhsuk_container_open":
      return `a summary cannot hold an NHS.UK component ('::: ${token.info}'): ${ON_A_PAGE}`;
    case "html_block":
      return rawHtml;
    default:
      return `a summary holds paragraphs, lists ('- ' or '1. ' at the start of each line), links and **bold** or *italic* text; a quotation, code or a dividing line does not fit here: ${ON_A_PAGE}`;
  }
}

const rawHtml =
  "raw HTML is not allowed in a summary: write markdown, such as **bold**, [a link](/objectives/) or a list with '- ' at the start of each line";

function inlineProblems(children: Token[]): string[] {
  return children.flatMap((child, index) => {
    if (child.type === "html_inline") return [rawHtml];
    if (child.type === "image") return [`a summary cannot hold an image: ${ON_A_PAGE}, with alt text`];
    if (child.type === "link_open") return linkProblems(child.attrGet("href") ?? "", linkText(children, index));
    return [];
  });
}

function linkText(children: Token[], linkOpen: number): string {
  let text = "";
  for (let index = linkOpen + 1; index < children.length && children[index]?.type !== "link_close"; index += 1) {
    const child = children[index];
    if (child?.type === "text" || child?.type === "code_inline") text += child.content;
  }
  return text;
}

/** The pages' link rules (lib/content/lint-markdown.ts), worded for a summary. */
function linkProblems(href: string, text: string): string[] {
  const problems: string[] = [];
  if (!isAllowedLink(href)) problems.push(`the link to '${href}' must start with ${ALLOWED_LINKS_IN_WORDS}`);
  if (text.trim() === "") problems.push(`the link to '${href}' has no text: write where it goes between the [ ]`);
  else if (isVagueLinkText(text))
    problems.push(
      `the link text '${text.trim()}' does not say where it goes: use words that make sense on their own, such as [our equality objectives](/objectives/)`,
    );
  else if (isBareAddress(text, href))
    problems.push("the link text is a web address: write the name of the page or organisation instead");
  const format = documentFormat(href);
  if (format && !saysFormatAndSize(text))
    problems.push(
      `the link to '${href}' opens a ${format} file: say its format and size at the end of the link text, such as '(${format}, 240 KB)'`,
    );
  return problems;
}
