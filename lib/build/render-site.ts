/**
 * Everything the build writes before it checks anything: the hub's pages by Eleventy (in the base
 * path's folder of the site folder), the search index Pagefind makes of them (index-search.ts), and
 * the files the host reads at the site's root (Netlify's `_redirects`, and `robots.txt` for search
 * engines), and the editing forms at `admin/` when organisation.yaml names a repository for them
 * (lib/cms, docs/cms.md), after the search index so search never sees them. The build command and the tests' render helper both call it, so a render without
 * the gate makes exactly the files a gated build publishes.
 */
import { ADMIN_FOLDER, writeAdminFiles } from "../cms/admin-files.ts";
import { basePathOfSiteUrl, hubFolder } from "../site-paths/base-path.ts";
import { indexSearch, type SearchIndexResult } from "./index-search.ts";
import { runEleventy, type BuiltPage, type RunEleventyOptions } from "./run-eleventy.ts";
import { writeRedirectsFile } from "./write-redirects.ts";
import { writeRobotsFile } from "./write-robots.ts";

export interface RenderedSite {
  /** The HTML pages, at their addresses on the host. */
  pages: BuiltPage[];
  /** Where on its host the hub lives: '/' or a folder such as '/equality/'. */
  basePath: string;
  /** How many pages search found, and how long indexing took. */
  search: SearchIndexResult;
}

/** `basePath` defaults to the path of the organisation's siteUrl. */
export async function renderSite(options: RunEleventyOptions): Promise<RenderedSite> {
  const basePath = options.basePath ?? basePathOfSiteUrl(options.hub.data.organisation.siteUrl);
  const built = await runEleventy({ ...options, basePath });
  const search = await indexSearch(hubFolder(options.outputDir, basePath));
  writeRedirectsFile(options.outputDir, options.hub.data.redirects.redirects, basePath);
  const { organisation } = options.hub.data;
  if (organisation.cms) {
    const adminAddress = `${basePath}${ADMIN_FOLDER}/`;
    const clash = built.find((page) => page.url.startsWith(adminAddress));
    if (clash) {
      throw new Error(
        `A page is built at ${clash.url}, where the editing forms go (${adminAddress}, docs/cms.md): give the page another address, or remove cms from organisation.yaml`,
      );
    }
    writeAdminFiles(
      hubFolder(options.outputDir, basePath),
      organisation.cms,
      organisation.siteUrl,
      organisation.shortName,
    );
  }
  // The forms are for the organisation's editors, not for search engines.
  writeRobotsFile(options.outputDir, organisation.siteUrl, organisation.cms ? [`${basePath}${ADMIN_FOLDER}/`] : []);
  return { pages: built.filter((page) => page.outputPath.endsWith(".html")), basePath, search };
}
