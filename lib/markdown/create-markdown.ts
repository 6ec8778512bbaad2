/**
 * The one markdown-it set-up for the hub. Raw HTML is off: authors write markdown, and the
 * templates provide the NHS.UK components, so nothing an author types can break the page's markup
 * or its accessibility.
 */
import MarkdownIt from "markdown-it";
import { headingIds } from "./rules/heading-ids.ts";
import { nhsukLists } from "./rules/nhsuk-lists.ts";
import { nhsukTables } from "./rules/nhsuk-tables.ts";
import { responsiveTables } from "./rules/responsive-tables.ts";
import { tableCaptions } from "./rules/table-captions.ts";

export function createMarkdown(): MarkdownIt {
  return new MarkdownIt({ html: false, linkify: false, typographer: true })
    .use(headingIds)
    .use(nhsukLists)
    .use(nhsukTables)
    .use(responsiveTables)
    .use(tableCaptions);
}
