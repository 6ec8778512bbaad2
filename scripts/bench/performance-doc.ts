/**
 * Writes the bench's results into docs/performance.md between a section's two markers, leaving
 * the prose around them (what the numbers mean, the bottlenecks) as the team wrote it. Each part
 * of the bench has its own section, so a run of one part (`--only check`) rewrites only its own
 * numbers and leaves the others' as their run measured them.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/** The sections and the name in their markers: the hubs' builds keep the original name. */
export const BENCH_SECTIONS = { hubs: "bench", check: "bench-check" } as const;
export type BenchSection = keyof typeof BENCH_SECTIONS;

export function markersOf(section: BenchSection): { start: string; end: string } {
  const name = BENCH_SECTIONS[section];
  return { start: `<!-- ${name}:start: written by npm run bench -- --write-doc -->`, end: `<!-- ${name}:end -->` };
}

export function writeBenchSection(docPath: string, markdown: string, section: BenchSection = "hubs"): void {
  const { start: START, end: END } = markersOf(section);
  const block = `${START}\n\n${markdown.trim()}\n\n${END}`;
  const doc = existsSync(docPath) ? readFileSync(docPath, "utf8") : "";
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start === -1 || end < start) {
    throw new Error(`${docPath} has no ${section} section: put the lines\n${START}\n${END}\nwhere the results belong.`);
  }
  writeFileSync(docPath, `${doc.slice(0, start)}${block}${doc.slice(end + END.length)}`);
}
