/**
 * Reading a markdown body for the content lint: a markdown-it that keeps what the hub's own
 * set-up would drop (raw HTML, links to any address) so each can be reported, and a way back from
 * a token to the line and column an author sees in their editor.
 */
import MarkdownIt, { type Token } from "markdown-it";
import { nhsukContainers } from "../markdown/rules/nhsuk-containers.ts";

/**
 * html: true and every link accepted, so the tokens show what the author tried to write. The
 * inline parser notes where each token it makes starts in its block's text, since markdown-it
 * only maps block tokens to lines.
 */
export function createLintParser(): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(nhsukContainers);
  md.validateLink = () => true;
  const Base = md.inline.State;
  md.inline.State = class extends Base {
    override push(...args: Parameters<InstanceType<typeof Base>["push"]>): Token {
      const token = super.push(...args);
      token.meta = { ...(token.meta as object | null), offset: this.pos };
      return token;
    }
  };
  return md;
}

/** markdown-it's own clean-up of the source, so line numbers agree with its tokens. */
export function normaliseSource(body: string): string {
  return body.replace(/\r\n?/g, "\n").replace(/\0/g, "\uFFFD");
}

/** Where a token made by the inline parser starts in its block's text, if it was noted. */
export function offsetOf(token: Token): number | undefined {
  const offset = (token.meta as { offset?: unknown } | null)?.offset;
  return typeof offset === "number" ? offset : undefined;
}

export interface Place {
  /** 0-based, in the body. */
  line: number;
  /** 1-based. */
  column: number;
}

/**
 * The line and column of `offset` in an inline token's text, given the body line its block
 * starts on. The text has the block's markers and indentation removed (`## `, `> `, a list
 * item's indent), so each of its lines is found again in the source line to get the column.
 */
export function placeInBlock(lines: string[], blockLine: number, content: string, offset: number): Place {
  const before = content.slice(0, offset);
  const lineInBlock = before.split("\n").length - 1;
  const lineStart = before.lastIndexOf("\n") + 1;
  const nextBreak = content.indexOf("\n", lineStart);
  const contentLine = content.slice(lineStart, nextBreak === -1 ? undefined : nextBreak);
  const line = blockLine + lineInBlock;
  const found = (lines[line] ?? "").indexOf(contentLine);
  return { line, column: Math.max(found, 0) + (offset - lineStart) + 1 };
}

/** The column of a block's first character that is not white space. */
export function firstColumn(lines: string[], line: number): number {
  return (/^\s*/.exec(lines[line] ?? "")?.[0].length ?? 0) + 1;
}
