/**
 * What the plugins said about one text, as the hub reports it: each message sorted into a kind,
 * given a message in the build's voice (what to change, and why), and the rules settings.ts turns
 * off left out. Positions stay those of the text the plugins read; the callers map them into the
 * source file.
 */
import { LONG_SENTENCE_SOURCE } from "./plugins/long-sentences.ts";
import { NHS_WORDS_SOURCE } from "./plugins/nhs-words.ts";
import type { WritingMessage } from "./processors.ts";
import { EQUALITY_RULES_OFF, READABILITY } from "./settings.ts";

export type WritingKind = "inclusive language" | "plain words" | "reading age" | "long sentence";

export interface Finding {
  /** 1-based, in the text read. */
  line: number;
  column: number;
  /** 0-based, in the text read. */
  offset: number;
  endOffset: number;
  kind: WritingKind;
  /** The plugin that made it, such as 'nhs-words' or 'retext-simplify'. */
  source: string;
  /** The plugin's rule, such as 'suffers-from' or 'utilise'. */
  rule: string;
  /** The words flagged, or the whole sentence for the sentence checks: what an accept matches. */
  phrase: string;
  message: string;
}

const quoted = (words: readonly string[]) => words.map((word) => `'${word}'`).join(" or ");

function kindAndMessage(message: WritingMessage, phrase: string): { kind: WritingKind; text: string } | undefined {
  const expected = message.expected ?? [];
  switch (message.source) {
    case NHS_WORDS_SOURCE:
      return { kind: "inclusive language", text: message.reason };
    case "retext-equality":
      return {
        kind: "inclusive language",
        text: expected.length
          ? `'${phrase}' may be insensitive or exclusive: consider ${quoted(expected)}`
          : `'${phrase}' can sound condescending (what is simple to one reader is not to another): leave it out`,
      };
    case "retext-simplify":
      return {
        kind: "plain words",
        text: expected.length
          ? `say ${quoted(expected)} instead of '${phrase}': plain words are easier to read`
          : `'${phrase}' can usually be left out: the sentence is plainer without it`,
      };
    case "retext-readability":
      return {
        kind: "reading age",
        text: `this sentence is hard to read (most readability measures put it above a reading age of ${READABILITY.age}): use shorter, everyday words, or split it`,
      };
    case LONG_SENTENCE_SOURCE:
      return { kind: "long sentence", text: message.reason };
    default:
      return undefined;
  }
}

function toFinding(message: WritingMessage, text: string): Finding | undefined {
  const place = message.place;
  const start = place && "start" in place ? place.start : place;
  const end = place && "end" in place ? place.end : start;
  if (!start || start.offset === undefined) return undefined;
  const endOffset = end?.offset ?? start.offset;
  const phrase = (message.actual ?? text.slice(start.offset, endOffset)).replace(/\s+/g, " ").trim();
  const described = kindAndMessage(message, phrase);
  if (!described) return undefined;
  return {
    line: start.line,
    column: start.column,
    offset: start.offset,
    endOffset,
    kind: described.kind,
    source: message.source ?? "",
    rule: message.ruleId ?? message.source ?? "",
    phrase,
    message: described.text,
  };
}

const overlaps = (a: Finding, b: Finding) => a.offset < b.endOffset && b.offset < a.endOffset;

/**
 * One text's findings: the rules turned off left out, retext-equality's where the NHS list says
 * the same words better, and the reading age where the sentence is already reported as long
 * (splitting it is the fix for both).
 */
export function findingsOf(messages: readonly WritingMessage[], text: string): Finding[] {
  const all = messages.flatMap((message) => {
    if (message.source === "retext-equality" && message.ruleId && message.ruleId in EQUALITY_RULES_OFF) return [];
    return [toFinding(message, text)].filter((finding): finding is Finding => finding !== undefined);
  });
  const nhs = all.filter((finding) => finding.source === NHS_WORDS_SOURCE);
  const long = all.filter((finding) => finding.kind === "long sentence");
  return all
    .filter((finding) => {
      if (finding.kind === "reading age") return !long.some((sentence) => sentence.offset === finding.offset);
      if (finding.source === "retext-equality") return !nhs.some((better) => overlaps(better, finding));
      return true;
    })
    .sort((a, b) => a.offset - b.offset);
}
