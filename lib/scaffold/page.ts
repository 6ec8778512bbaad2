/**
 * A new markdown page: the front matter a page needs (the page layout, which gives it the hub's
 * header, footer and title; its title, the description search results show, the lede under the
 * title, each with a `# EDIT:` comment), and a short body that says how
 * pages are written here (headings from '##', since the title is the page's only h1). Until the
 * body's heading is replaced, the check warns (lib/content/placeholder-body.ts).
 */
import { PLACEHOLDER_HEADING } from "../content/placeholder-body.ts";
import { idFromTitle } from "./unique-id.ts";

export interface NewPage {
  /** The file's name in the pages folder: 'flexible-working.md'. */
  fileName: string;
  /** Its address on the hub: '/flexible-working/'. */
  address: string;
  text: string;
}

/** Title text as YAML: double-quoted, with what a double-quoted string must escape. */
function quoted(text: string): string {
  return JSON.stringify(text);
}

export function newPage(title: string): NewPage {
  const slug = idFromTitle(title);
  return {
    fileName: `${slug}.md`,
    address: `/${slug}/`,
    text: `---
layout: layouts/page.njk
title: ${quoted(title)} # EDIT: the page's heading, and its name in search results
description: "What this page is about, in one sentence." # EDIT: the summary search results show, under 160 characters
lede: "The one or two sentences a reader needs first." # EDIT: the larger opening paragraph under the title
---

${PLACEHOLDER_HEADING}

Replace this heading and this text with the page's own. Start each heading with two hashes, like
the one above: the title is the page's main heading. Keep sentences short. Say what a reader can
do and how. Give the format and size of any document you link to, such as (PDF, 240 KB).
`,
  };
}
