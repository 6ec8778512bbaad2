/**
 * The retext pipeline every text goes through, set up once, and the two ways in: plain text (a
 * YAML field) and a markdown body (parsed with remark and turned into prose with its positions,
 * so each message points into the markdown source). Everything runs synchronously, so the
 * content step of the build stays a plain function.
 */
import type { Root as MdastRoot } from "mdast";
import { toNlcst } from "mdast-util-to-nlcst";
import type { Root as NlcstRoot } from "nlcst";
import { ParseEnglish } from "parse-english";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import retextEnglish from "retext-english";
import retextEquality from "retext-equality";
import retextReadability from "retext-readability";
import retextSimplify from "retext-simplify";
import { unified } from "unified";
import { VFile } from "vfile";
import { retextLongSentences } from "./plugins/long-sentences.ts";
import { retextNhsWords } from "./plugins/nhs-words.ts";
import { READABILITY, SIMPLIFY_KEEP } from "./settings.ts";

export type WritingMessage = VFile["messages"][number];

const retext = unified()
  .use(retextEnglish)
  .use(retextEquality)
  .use(retextSimplify, { ignore: Object.keys(SIMPLIFY_KEEP) })
  .use(retextReadability, READABILITY)
  .use(retextNhsWords)
  .use(retextLongSentences)
  .freeze();

// GFM so that tables are known as tables, which mdast-util-to-nlcst leaves out, rather than read
// as one long sentence of cells.
const markdown = unified().use(remarkParse).use(remarkGfm).freeze();

export function plainTextMessages(text: string): WritingMessage[] {
  const file = new VFile(text);
  retext.runSync(retext.parse(file), file);
  return file.messages;
}

export function markdownMessages(body: string): WritingMessage[] {
  const file = new VFile(body);
  const mdast = markdown.parse(file) as MdastRoot;
  const prose = toNlcst(mdast, file, new ParseEnglish()) as NlcstRoot;
  retext.runSync(prose, file);
  return file.messages;
}
