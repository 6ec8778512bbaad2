/**
 * The steps `npm run build` and `npm run check` share, written once so the check can never drift
 * from what the build does: the content checks and warnings, then the site rendered into a folder
 * (lib/build/render-site.ts, search index included) and the checks that need it (redirects, Easy
 * Read links, every internal link and fragment). Problems are printed as the build prints them;
 * what comes after (the gate and publishing, or the check's last line) is each command's own.
 */
import { checkContent, type ContentResult } from "./check-content.ts";
import { checkTargets } from "./check-targets.ts";
import { renderSite, type RenderedSite } from "./render-site.ts";
import { placeholderBodyWarnings } from "../content/placeholder-body.ts";
import { formatDataErrors } from "../data/errors.ts";
import { collectWarnings, formatDataWarnings, type DataWarning } from "../data/warnings.ts";
import { editNoteWarnings } from "../data/warnings/edit-notes.ts";
import { checkInternalLinks, type InternalLinkResult } from "../links/check-internal.ts";
import { formatLinkProblems, formatLinkWarnings } from "../links/format-link-problems.ts";
import { hubFolder } from "../site-paths/base-path.ts";
import { checkWriting, type WritingWarning } from "../writing/check-writing.ts";
import { formatWritingWarnings } from "../writing/format-writing.ts";

export type CheckedContent = Extract<ContentResult, { ok: true }> & {
  /** The data's warnings and what npm run new left in pages to change (lib/content), printed already. */
  warnings: DataWarning[];
  /** The writing help's suggestions (lib/writing), printed already; kept for a summary to count. */
  writing: WritingWarning[];
};

export interface ContentFolders {
  dataDir: string;
  inputDir: string;
  pagesDir: string;
  today: string;
  /** Where the writing help keeps what it has read between runs; undefined: nothing is kept. */
  cacheDir?: string | undefined;
}

export interface RenderOptions {
  inputDir: string;
  pagesDir: string;
  today: string;
  /** Undefined: the path of the organisation's siteUrl. */
  basePath: string | undefined;
  /** Where the compiled nhsuk-frontend styles are kept between runs (lib/styles/compile-nhsuk-css.ts). */
  cacheDir: string | undefined;
}

export interface CheckedSite extends RenderedSite {
  links: InternalLinkResult;
}

/**
 * The data and every page's front matter and markdown, with errors printed and undefined returned
 * when there are any. Warnings, the data's and the writing help's, are printed and never stop
 * anything: the site must still publish.
 */
export async function checkContentAndWarn(folders: ContentFolders): Promise<CheckedContent | undefined> {
  const content = checkContent(folders.dataDir, folders.inputDir, folders.pagesDir, folders.today);
  if (!content.ok) {
    console.error(formatDataErrors(content.errors));
    return undefined;
  }
  const pageYaml = content.pages.flatMap((page) => (page.yaml ? [page.yaml] : []));
  const warnings = [
    ...collectWarnings(content.hub.data, content.hub.files, folders.today),
    ...editNoteWarnings(pageYaml),
    ...placeholderBodyWarnings(content.pages),
  ];
  if (warnings.length) console.warn(formatDataWarnings(warnings));
  const writing = await checkWriting(content.hub, content.pages, { cacheDir: folders.cacheDir });
  if (writing.length) console.warn(formatWritingWarnings(writing));
  return { ...content, warnings, writing };
}

/**
 * Renders the site into `siteDir` and checks what needs it. Undefined when a check failed, after
 * printing the problems (the caller removes the folder); throws what rendering throws (an
 * Eleventy failure, lib/build/run-eleventy.ts's describeEleventyError; a SearchIndexError).
 */
export async function renderAndCheck(
  content: CheckedContent,
  siteDir: string,
  options: RenderOptions,
): Promise<CheckedSite | undefined> {
  const { hub, pages: pageSources } = content;
  const rendered = await renderSite({
    inputDir: options.inputDir,
    pagesDir: options.pagesDir,
    outputDir: siteDir,
    basePath: options.basePath,
    hub,
    today: options.today,
    cacheDir: options.cacheDir,
  });
  const { pages, basePath, search } = rendered;
  // The data's addresses ('/contact/') are the hub's own, so they are looked for in its folder.
  const targetErrors = checkTargets(hubFolder(siteDir, basePath), hub.data, hub.files, pageSources);
  if (targetErrors.length > 0) {
    console.error(formatDataErrors(targetErrors, "Nothing was published"));
    return undefined;
  }
  const links = checkInternalLinks({
    siteDir,
    pages,
    siteUrl: hub.data.organisation.siteUrl,
    basePath,
    redirects: hub.data.redirects.redirects,
  });
  if (links.warnings.length > 0) console.warn(formatLinkWarnings(links.warnings));
  if (links.errors.length > 0) {
    console.error(formatLinkProblems(links.errors));
    return undefined;
  }
  console.log(`Indexed ${search.pageCount} pages for site search in ${search.seconds.toFixed(1)} s.`);
  console.log(`Checked ${links.linksChecked} internal links on ${links.pagesChecked} pages: all found.`);
  return { ...rendered, links };
}
