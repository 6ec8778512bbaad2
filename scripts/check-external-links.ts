/**
 * `npm run links:external`: checks every external link in the published site (default `_site`).
 * Not part of `npm run build`: other sites go down and come back, and a build must not fail for
 * that. Run it before publishing new content, or on a schedule. Exit codes: 0 none broken,
 * 1 some broken, 2 bad usage.
 */
import { existsSync } from "node:fs";
import { checkExternalLinks, userAgentFor } from "../lib/links/check-external.ts";
import { collectExternalLinks, hubFromSitemap } from "../lib/links/collect-external.ts";
import { ExternalUsageError, parseExternalOptions, type ExternalLinkOptions } from "../lib/links/external-options.ts";
import { formatExternalReport } from "../lib/links/format-external.ts";

async function main(): Promise<number> {
  let options: ExternalLinkOptions;
  try {
    options = parseExternalOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof ExternalUsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  if (!existsSync(options.siteDir)) {
    console.error(
      `There is no site folder at '${options.siteDir}': run npm run build first, or name the folder with --site DIR.`,
    );
    return 2;
  }
  const hub = hubFromSitemap(options.siteDir);
  const links = collectExternalLinks(options.siteDir, hub);
  const pages = new Set(links.flatMap((link) => link.pages)).size;
  console.log(
    `Checking ${links.length} external links from ${pages} pages in ${options.siteDir} (${options.concurrency} at a time, ${options.timeoutMs / 1000} s each)…`,
  );
  const checks = await checkExternalLinks(
    links.map((link) => link.url),
    { ...options, userAgent: userAgentFor(hub?.siteUrl) },
  );
  const report = formatExternalReport(links, checks);
  const broken = checks.some((check) => check.outcome === "broken");
  (broken ? console.error : console.log)(report);
  return broken ? 1 : 0;
}

process.exitCode = await main();
