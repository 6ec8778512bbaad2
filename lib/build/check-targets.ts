/**
 * Checks that need the built site: every redirect's new address and every page's Easy Read link
 * go somewhere the build made, and no redirect starts from an address that is still a page
 * (Netlify shows the page and never follows such a redirect). Errors point at the line to change.
 */
import type { DataError } from "../data/errors.ts";
import type { HubData, HubFiles } from "../data/hub.ts";
import { errorAt } from "../data/locate.ts";
import type { PageSource } from "../content/front-matter.ts";
import { existsInSite } from "../site-paths/site-file.ts";

// Re-exported for tests/unit/build/check-targets.test.ts, which imports it from here; the rule lives in lib/site-paths.
export { existsInSite };

export function checkTargets(siteDir: string, data: HubData, files: HubFiles, pages: PageSource[]): DataError[] {
  const yaml = files["redirects.yaml"];
  const errors: DataError[] = [];
  data.redirects.redirects.forEach((redirect, index) => {
    if (existsInSite(siteDir, redirect.from)) {
      errors.push(
        errorAt(
          yaml,
          ["redirects", index, "from"],
          `'${redirect.from}' is a page of this site, so Netlify would show the page and never redirect: remove the redirect, or the page`,
        ),
      );
    }
    if (redirect.to.startsWith("/") && !existsInSite(siteDir, redirect.to)) {
      errors.push(
        errorAt(
          yaml,
          ["redirects", index, "to"],
          `'${redirect.to}' is not a page of the site this build made: point the redirect at a page that exists, such as '/'`,
        ),
      );
    }
  });
  for (const page of pages) {
    const easyRead = page.frontMatter.easyRead;
    if (easyRead && page.yaml && easyRead.url.startsWith("/") && !existsInSite(siteDir, easyRead.url)) {
      errors.push(
        errorAt(
          page.yaml,
          ["easyRead", "url"],
          `the Easy Read version '${easyRead.url}' is not a page or file of the site this build made: check the address, or add the page`,
        ),
      );
    }
  }
  return errors;
}
