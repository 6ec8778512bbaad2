/**
 * A retext plugin that flags the phrases in nhs-words.ts, whole words only, within a sentence and
 * never across punctuation ("the disabled, and" is not "the disabled and").
 */
import type { Root, Sentence, Word } from "nlcst";
import { toString } from "nlcst-to-string";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { NHS_WORDS, type NhsWord } from "../nhs-words.ts";

export const NHS_WORDS_SOURCE = "nhs-words";

interface Phrase {
  words: string[];
  entry: NhsWord;
}

/** Lower case, with curly apostrophes made straight, as the phrases are written. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

/** Longest first, so "disabled parking bays" wins over "disabled parking" at the same word. */
const PHRASES: Phrase[] = NHS_WORDS.flatMap((entry) =>
  entry.phrases.map((phrase) => ({ words: phrase.split(" ").map(normaliseWord), entry })),
).sort((a, b) => b.words.length - a.words.length);

const BY_FIRST_WORD = new Map<string, Phrase[]>();
for (const phrase of PHRASES) {
  const first = phrase.words[0] ?? "";
  BY_FIRST_WORD.set(first, [...(BY_FIRST_WORD.get(first) ?? []), phrase]);
}

/** A sentence's words in order; null where punctuation or a symbol breaks a phrase. */
function wordsOf(sentence: Sentence): Array<{ text: string; node: Word } | null> {
  return sentence.children.flatMap((child) => {
    if (child.type === "WordNode") return [{ text: normaliseWord(toString(child)), node: child }];
    if (child.type === "WhiteSpaceNode") return [];
    return [null];
  });
}

/** The word after a phrase, without a possessive "'s" ("the disabled people's forum"). */
function nextWord(word: { text: string } | null | undefined): string {
  return (word?.text ?? "").replace(/'s$/, "");
}

function flagSentence(sentence: Sentence, file: VFile): void {
  const words = wordsOf(sentence);
  let index = 0;
  while (index < words.length) {
    const start = words[index];
    const match = start
      ? BY_FIRST_WORD.get(start.text)?.find(
          (phrase) =>
            phrase.words.every((word, offset) => words[index + offset]?.text === word) &&
            !phrase.entry.unlessNext?.includes(nextWord(words[index + phrase.words.length])),
        )
      : undefined;
    if (!start || !match) {
      index += 1;
      continue;
    }
    const last = words[index + match.words.length - 1]!.node;
    const actual = words
      .slice(index, index + match.words.length)
      .map((word) => toString(word!.node))
      .join(" ");
    const message = file.message(`say ${match.entry.instead} instead of '${actual}': ${match.entry.why}`, {
      place: { start: start.node.position!.start, end: last.position!.end },
      ruleId: match.entry.id,
      source: NHS_WORDS_SOURCE,
    });
    message.actual = actual;
    index += match.words.length;
  }
}

export const retextNhsWords: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, "SentenceNode", (sentence) => flagSentence(sentence, file));
  };
};
