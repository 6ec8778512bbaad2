/**
 * The one markdown-it set-up for the hub. Raw HTML is off: authors write markdown, and the
 * templates provide the NHS.UK components, so nothing an author types can break the page's markup
 * or its accessibility. Links and images are limited to the addresses in the allow-list; any other
 * (a disguised `javascript:`, a `data:` image) is left as plain text.
 */
import MarkdownIt from "markdown-it";
import { isAllowedLink } from "./link-allow-list.ts";
import { headingIds } from "./rules/heading-ids.ts";
import { nhsukContainers } from "./rules/nhsuk-containers.ts";
import { nhsukLists } from "./rules/nhsuk-lists.ts";
import { nhsukTables } from "./rules/nhsuk-tables.ts";
import { responsiveTables } from "./rules/responsive-tables.ts";
import { tableCaptions } from "./rules/table-captions.ts";

export function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: true })
    // Curly quotes, but none of the typographer's replacements: they turn a law's limb "(c)" into
    // "©" and "(r)" into "®", which changes what a citation says.
    .disable("replacements")
    .use(headingIds)
    .use(nhsukContainers)
    .use(nhsukLists)
    .use(nhsukTables)
    .use(responsiveTables)
    .use(tableCaptions);
  md.validateLink = isAllowedLink;
  return md;
}
