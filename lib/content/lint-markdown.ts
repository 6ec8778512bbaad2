/**
 * The content lint: mistakes in a page's markdown that would make it unsafe, inaccessible or
 * confusing, reported before the build like data errors (file:line:column and what to change).
 * Some of these would also fail the accessibility gate after the build, but only as a rule name
 * on a built page; here the author is shown the line they wrote.
 */
import type { Token } from "markdown-it";
import type { DataError } from "../data/errors.ts";
import { readContainerLine } from "../markdown/container-syntax.ts";
import { ALLOWED_LINKS_IN_WORDS, isAllowedLink } from "../markdown/link-allow-list.ts";
import { documentFormat, isBareAddress, isFileNameAlt, isVagueLinkText, saysFormatAndSize } from "./link-wording.ts";
import {
  createLintParser,
  firstColumn,
  normaliseSource,
  offsetOf,
  placeInBlock,
  type Place,
} from "./markdown-source.ts";

const parser = createLintParser();

export const RAW_HTML_MESSAGE =
  "raw HTML is not allowed here: use markdown, or ::: inset / ::: warning / ::: details for NHS.UK components";

/** `firstLine` is the 1-based line of the file where `body` starts, after any front matter. */
export function lintMarkdown(body: string, file: string, firstLine: number): DataError[] {
  const source = normaliseSource(body);
  const lines = source.split("\n");
  const errors: DataError[] = [];
  const report = (place: Place, message: string) =>
    errors.push({ file, line: firstLine + place.line, column: place.column, path: "", message });
  const atBlock = (line: number) => ({ line, column: firstColumn(lines, line) });

  const tokens = parser.parse(source, {});
  let headingLevel = 1;
  let openContainers = 0;
  let blockLine = 0;
  tokens.forEach((token, index) => {
    if (token.map) blockLine = token.map[0];
    switch (token.type) {
      case "heading_open": {
        const level = Number(token.tag.slice(1));
        if (level === 1)
          report(atBlock(blockLine), "this is a second h1: the page title is the h1, so start headings at '## '");
        else if (level > headingLevel + 1) {
          const above = headingLevel === 1 ? "the page title" : `'${"#".repeat(headingLevel)}'`;
          report(
            atBlock(blockLine),
            `this heading skips a level ('${"#".repeat(level)}' after ${above}): use '${"#".repeat(headingLevel + 1)} ' here, or add the missing heading above`,
          );
        }
        headingLevel = Math.max(level, 1);
        break;
      }
      case "html_block":
        report(atBlock(blockLine), RAW_HTML_MESSAGE);
        break;
      case "table_open":
        if (headerCells(tokens, index).every((cell) => cell.trim() === "")) {
          report(atBlock(blockLine), "this table has no header row: write a heading for each column in its first row");
        }
        break;
      case "inline": {
        const inBlock = (offset: number) => placeInBlock(lines, blockLine, token.content, offset);
        if (tokens[index - 1]?.type === "paragraph_open") {
          openContainers = lintContainerLines(token.content, openContainers, (offset, message) =>
            report(inBlock(offset), message),
          );
        }
        lintInline(token.children ?? [], (offset, message) => report(inBlock(offset ?? 0), message));
        break;
      }
    }
  });
  return errors;
}

/** The text of each cell in the table's header row. */
function headerCells(tokens: Token[], tableOpen: number): string[] {
  const cells: string[] = [];
  for (let index = tableOpen + 1; index < tokens.length && tokens[index]?.type !== "thead_close"; index += 1) {
    const token = tokens[index];
    if (token?.type === "inline") cells.push(token.content);
  }
  return cells;
}

/**
 * `:::` lines left in a paragraph are ones the markdown rule could not render: an unknown name, a
 * missing closing line, or a closing line with nothing to close. Returns how many openings are
 * still waiting for their `:::`, across paragraphs.
 */
function lintContainerLines(content: string, open: number, report: (offset: number, message: string) => void): number {
  let offset = 0;
  for (const line of content.split("\n")) {
    const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    const marker = readContainerLine(line.slice(indent));
    if (marker?.kind === "invalid") {
      report(offset + indent, marker.message);
      open += 1;
    } else if (marker?.kind === "open") {
      report(offset + indent, `'::: ${marker.name}' has no closing ':::' line: add one on its own line after its text`);
      open += 1;
    } else if (marker?.kind === "close") {
      if (open > 0) open -= 1;
      else
        report(
          offset + indent,
          "this ':::' closes nothing: remove it, or start the block above with ::: inset, ::: warning or ::: details",
        );
    }
    offset += line.length + 1;
  }
  return open;
}

function lintInline(children: Token[], report: (offset: number | undefined, message: string) => void): void {
  let rawHtmlReported = false;
  children.forEach((child, index) => {
    if (child.type === "html_inline" && !rawHtmlReported) {
      // One report per block is enough: an opening tag usually has a closing one.
      report(offsetOf(child), RAW_HTML_MESSAGE);
      rawHtmlReported = true;
    }
    if (child.type === "image") lintImage(child, report);
    if (child.type === "link_open") lintLink(child, linkText(children, index), report);
  });
}

/** Everything a screen reader would read for the link: its text, code and images' alt text. */
function linkText(children: Token[], linkOpen: number): string {
  let text = "";
  for (let index = linkOpen + 1; index < children.length && children[index]?.type !== "link_close"; index += 1) {
    const child = children[index];
    if (child?.type === "text" || child?.type === "code_inline") text += child.content;
    if (child?.type === "image") text += altText(child);
  }
  return text;
}

function altText(image: Token): string {
  return (image.children ?? []).map((child) => child.content).join("");
}

function lintLink(link: Token, text: string, report: (offset: number | undefined, message: string) => void): void {
  const href = link.attrGet("href") ?? "";
  // The link starts at its `[` (or an autolink's `<`), one before where markdown-it noted it.
  const offset = Math.max((offsetOf(link) ?? 1) - 1, 0);
  if (!isAllowedLink(href))
    report(
      offset,
      `links must start with ${ALLOWED_LINKS_IN_WORDS}: change this link's address, or for a section of this page use #`,
    );
  if (text.trim() === "") report(offset, "this link has no text: write where it goes between the [ ]");
  else if (isVagueLinkText(text))
    report(
      offset,
      `the link text '${text.trim()}' does not say where it goes: use words that make sense on their own, such as [our equality objectives](/objectives/)`,
    );
  else if (isBareAddress(text, href))
    report(
      offset,
      "the link text is a web address: write the name of the page or organisation instead, such as [Healthwatch](https://www.healthwatch.co.uk/)",
    );
  const format = documentFormat(href);
  if (format && !saysFormatAndSize(text)) {
    report(
      offset,
      `this link opens a ${format} file: say its format and size at the end of the link text, such as '(${format}, 240 KB)'`,
    );
  }
}

function lintImage(image: Token, report: (offset: number | undefined, message: string) => void): void {
  const src = image.attrGet("src") ?? "";
  const alt = altText(image);
  const offset = offsetOf(image);
  if (!isAllowedLink(src))
    report(
      offset,
      "image addresses must start with https://, http:// or /: put the image in the site's folder and use its path, such as /assets/images/chart.png",
    );
  if (alt.trim() === "")
    report(
      offset,
      "this image has no alt text: describe what it shows between the [ ], such as ![Bar chart of staff survey scores by year](...)",
    );
  else if (isFileNameAlt(alt, src))
    report(offset, `the alt text '${alt.trim()}' is a file name: describe what the image shows instead`);
}
