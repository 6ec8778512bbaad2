/**
 * Reading one text with the retext pipeline, as findings. `markdown`: a page's body (already
 * through markdown-texts.ts's proseBody); otherwise a YAML value, read as markdown when it runs
 * over more than one line (a legal duty's summary holds a list), since markdown reads a line of
 * plain text just as retext does. Loaded only when a text is not in the cache (writing-cache.ts),
 * so a run on unchanged words never loads retext at all.
 */
import { findingsOf, type Finding } from "./findings.ts";
import { markdownMessages, plainTextMessages } from "./processors.ts";

export type TextMode = "markdown" | "field";

export type ReadText = (text: string, mode: TextMode) => Finding[];

export const readText: ReadText = (text, mode) =>
  findingsOf(mode === "markdown" || text.includes("\n") ? markdownMessages(text) : plainTextMessages(text), text);
