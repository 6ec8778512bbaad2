/**
 * The gate's reports: a summary for the terminal, and JSON and HTML files for the comms team,
 * written beside the build (never inside the published site).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { GateFinding, GateResult } from "./findings.ts";

export function formatTerminalReport(result: GateResult): string {
  const lines: string[] = [];
  const byPage = groupByPage(result.findings);
  for (const [page, findings] of byPage) {
    lines.push(`${page}`);
    for (const finding of findings) {
      lines.push(`  ${finding.tool} ${finding.rule}: ${finding.message}`);
      lines.push(`    element: ${truncate(finding.element, 200)}`);
      lines.push(`    fix: ${finding.fix}`);
    }
  }
  const pages = result.pages.length;
  const failingPages = byPage.size;
  if (result.passed) {
    lines.push(
      `Checked ${result.pagesChecked} of ${pages} pages with html-validate, axe and HTML_CodeSniffer (${result.standard}): no problems found.${fromCache(result)}`,
    );
  } else {
    lines.push("");
    const everywhere = rulesOnEveryPage(result);
    if (everywhere.length > 0) {
      lines.push(
        `${listRules(everywhere)} ${everywhere.length === 1 ? "fails" : "fail"} on every page, so the cause is in what every page shares (the layout, the header, the footer or a banner), not in one page's words. If you changed none of the templates in site/_includes, this is a bug in the hub's templates: report it with the gate report. If it began after a change to organisation.yaml, that change is the place to look.`,
      );
    }
    lines.push(
      `${result.findings.length} ${plural(result.findings.length, "problem")} on ${failingPages} of ${pages} ${plural(pages, "page")} (${result.pagesChecked} checked in the browser). Nothing was published: the last good site is unchanged.`,
    );
  }
  return lines.join("\n");
}

/** How many pages passed before exactly as they are now, so were not checked again. */
function fromCache(result: GateResult): string {
  const count = result.pagesFromCache;
  if (count === 0) return "";
  return ` ${count} of them ${count === 1 ? "was" : "were"} unchanged since ${count === 1 ? "it" : "they"} last passed, so came from the gate's cache.`;
}

/**
 * Rules that fail on every page of a site of two or more: a sign the cause is shared markup, which
 * an editor cannot fix page by page (issue: a closed organisation's banner failed on every page).
 */
export function rulesOnEveryPage(result: Pick<GateResult, "pages" | "findings">): string[] {
  if (result.pages.length < 2) return [];
  const pagesByRule = new Map<string, Set<string>>();
  for (const finding of result.findings) {
    const key = `${finding.tool} ${finding.rule}`;
    pagesByRule.set(key, (pagesByRule.get(key) ?? new Set()).add(finding.page));
  }
  return [...pagesByRule]
    .filter(([, pages]) => result.pages.every((page) => pages.has(page)))
    .map(([rule]) => rule)
    .sort();
}

function listRules(rules: string[]): string {
  return rules.length === 1 ? `${rules[0]}` : `${rules.slice(0, -1).join(", ")} and ${rules.at(-1)}`;
}

export interface ReportPaths {
  json: string;
  html: string;
}

export function writeReports(result: GateResult, reportDir: string): ReportPaths {
  mkdirSync(reportDir, { recursive: true });
  const paths = { json: path.join(reportDir, "gate-report.json"), html: path.join(reportDir, "gate-report.html") };
  writeFileSync(paths.json, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(paths.html, renderHtmlReport(result));
  return paths;
}

export function renderHtmlReport(result: GateResult): string {
  const byPage = groupByPage(result.findings);
  const summary = result.passed
    ? `All ${result.pages.length} pages passed.`
    : `${result.findings.length} ${plural(result.findings.length, "problem")} on ${byPage.size} ${plural(byPage.size, "page")}. Nothing was published.`;
  const sections = [...byPage]
    .map(
      ([page, findings], index) => `
<h2>${escapeHtml(page)}</h2>
<table>
<caption>Problems on ${escapeHtml(page)}</caption>
<thead><tr><th scope="col">Tool and rule</th><th scope="col">Problem</th><th scope="col">Element</th><th scope="col">How to fix it</th></tr></thead>
<tbody>
${findings.map((finding) => `<tr><td>${escapeHtml(finding.tool)}<br><code>${escapeHtml(finding.rule)}</code></td><td>${escapeHtml(finding.message)}</td><td><code>${escapeHtml(truncate(finding.element, 300))}</code></td><td>${escapeHtml(finding.fix)}${finding.helpUrl ? ` <a href="${escapeHtml(finding.helpUrl)}">Rule documentation<span class="visually-hidden"> for ${escapeHtml(finding.rule)} on page ${index + 1}</span></a>` : ""}</td></tr>`).join("\n")}
</tbody>
</table>`,
    )
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accessibility and HTML checks: ${result.passed ? "passed" : "failed"}</title>
<style>
body { font-family: Arial, sans-serif; margin: 2rem; color: #212b32; line-height: 1.5; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
th, td { border: 1px solid #768692; padding: 0.5rem; text-align: left; vertical-align: top; }
caption { text-align: left; font-weight: bold; padding: 0.5rem 0; }
code { word-break: break-all; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
</style>
</head>
<body>
<main>
<h1>Accessibility and HTML checks: ${result.passed ? "passed" : "failed"}</h1>
<p>${escapeHtml(summary)}</p>
<p>Checked ${result.pagesChecked} of ${result.pages.length} built pages on ${escapeHtml(result.checkedAt)} with ${escapeHtml(result.tools.join(", "))} against ${escapeHtml(result.standard)}.</p>
${sections}
</main>
</body>
</html>
`;
}

function groupByPage(findings: GateFinding[]): Map<string, GateFinding[]> {
  const byPage = new Map<string, GateFinding[]>();
  for (const finding of findings) {
    byPage.set(finding.page, [...(byPage.get(finding.page) ?? []), finding]);
  }
  return byPage;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
