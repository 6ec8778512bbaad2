/** A retext plugin that flags sentences longer than settings.ts's limit. */
import type { Root } from "nlcst";
import { toString } from "nlcst-to-string";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { LONG_SENTENCE_WORDS } from "../settings.ts";

export const LONG_SENTENCE_SOURCE = "long-sentences";

export const retextLongSentences: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, "SentenceNode", (sentence) => {
      // A word is one with a letter or digit in it: "-" between clauses is no word.
      const words = sentence.children.filter(
        (child) => child.type === "WordNode" && /[\p{L}\p{N}]/u.test(toString(child)),
      ).length;
      if (words <= LONG_SENTENCE_WORDS || !sentence.position) return;
      const message = file.message(
        `this sentence has ${words} words: split it into sentences of ${LONG_SENTENCE_WORDS} words or fewer, one idea each`,
        { place: sentence.position, ruleId: "long-sentence", source: LONG_SENTENCE_SOURCE },
      );
      message.actual = toString(sentence);
    });
  };
};
