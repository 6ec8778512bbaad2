/**
 * Link problems as the build prints them: grouped by page, one line per link, so a comms officer
 * can open each page's source and find the address to change.
 *
 *   /policies/ -> /policiez/: no page or file at /policiez/
 *   /policies/ -> #outcomes: no element with id 'outcomes' on this page
 */
import type { LinkProblem } from "./check-internal.ts";

export function formatLinkProblems(errors: LinkProblem[]): string {
  const lines = [
    `${count(errors.length, "broken internal link")}:`,
    ...byPage(errors),
    "",
    "Nothing was published: fix the links and build again.",
  ];
  return lines.join("\n");
}

/** Links that only work through a redirect: shown, but the site still publishes. */
export function formatLinkWarnings(warnings: LinkProblem[]): string {
  return [
    `${count(warnings.length, "link")} to an old address (the site still publishes; update them when you can):`,
    ...byPage(warnings),
  ].join("\n");
}

function byPage(problems: LinkProblem[]): string[] {
  const pages = new Map<string, LinkProblem[]>();
  for (const problem of problems) pages.set(problem.page, [...(pages.get(problem.page) ?? []), problem]);
  const lines: string[] = [];
  for (const [page, list] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push("");
    for (const { target, problem } of list) lines.push(`${page} -> ${target}: ${problem}`);
  }
  return lines;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
