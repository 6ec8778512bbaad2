/**
 * The external link report: broken links first (each with the pages to edit), then links that
 * moved permanently (they work, but should point at the new address), then a count.
 */
import type { ExternalCheck } from "./check-external.ts";
import type { ExternalLink } from "./collect-external.ts";

export function formatExternalReport(links: ExternalLink[], checks: ExternalCheck[]): string {
  const pagesOf = new Map(links.map((link) => [link.url, link.pages]));
  const broken = checks.filter((check) => check.outcome === "broken");
  const moved = checks.filter((check) => check.outcome === "moved");
  const lines: string[] = [];
  if (broken.length > 0) {
    lines.push(`Broken (${broken.length}):`);
    for (const check of broken)
      lines.push(`  ${check.url}: ${check.reason}`, `    on ${(pagesOf.get(check.url) ?? []).join(", ")}`);
    lines.push("");
  }
  if (moved.length > 0) {
    lines.push(`Moved permanently (${moved.length}), still working: link to the new address when you can:`);
    for (const check of moved)
      lines.push(
        `  ${check.url} now redirects to ${check.movedTo}`,
        `    on ${(pagesOf.get(check.url) ?? []).join(", ")}`,
      );
    lines.push("");
  }
  const working = checks.length - broken.length;
  lines.push(
    broken.length === 0
      ? `All ${checks.length} external links work.`
      : `${working} of ${checks.length} external links work; ${broken.length} ${broken.length === 1 ? "is" : "are"} broken.`,
  );
  return lines.join("\n");
}
