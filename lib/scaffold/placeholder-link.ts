/**
 * The document a new entry links to until the editor gives the real one. A document must have a
 * link, and the build checks every link to the hub's own site (lib/links/check-internal.ts): a
 * placeholder there would fail the check for a file nobody has uploaded yet. So it points at the
 * organisation's main website (the domain of its contact email, where its documents usually are),
 * which the build leaves to `npm run links:external`. Only when that is the hub's own site too (a
 * hub at the root of www.<domain>) does it point at a page the build makes, so it still passes.
 */
import type { HubDocument } from "../schemas/document.ts";
import type { Organisation } from "../schemas/organisation.ts";
import { parseSiteUrl, pathOnSite } from "../site-paths/site-url.ts";
import type { EditNote, EntryPath } from "./entry.ts";

/**
 * `file` is the document's name, such as 'flexible-working.pdf'; `fallback` a page of the hub
 * that exists once the entry is added, such as '/policies/flexible-working/'. `at` is where the
 * document is in the entry, for its notes.
 */
export function placeholderDocument(
  organisation: Organisation,
  { title, file, fallback, at }: { title: string; file: string; fallback: string; at: EntryPath },
): { document: HubDocument; edits: EditNote[] } {
  const domain = organisation.contact.email.split("@")[1] ?? "";
  const host = domain.startsWith("www.") ? domain : `www.${domain}`;
  const url = `https://${host}/documents/${file}`;
  if (pathOnSite(new URL(url), parseSiteUrl(organisation.siteUrl)) !== undefined) {
    return {
      document: { title, url: fallback, format: "web page" },
      edits: [
        { path: [...at, "title"], note: "the document's title, as its link reads" },
        {
          path: [...at, "url"],
          note: "the document's address, once it is uploaded; then its format (PDF, Word…) and size, such as size: '240 KB'",
        },
      ],
    };
  }
  return {
    document: { title, url, format: "PDF", size: "100 KB" },
    edits: [
      { path: [...at, "title"], note: "the document's title, as its link reads" },
      { path: [...at, "url"], note: "the document's address, once it is uploaded" },
      { path: [...at, "format"], note: "PDF, Word, Excel, PowerPoint, OpenDocument text, CSV or web page" },
      { path: [...at, "size"], note: "the file's size, such as '240 KB' or '1.2 MB' (none for a web page)" },
    ],
  };
}
