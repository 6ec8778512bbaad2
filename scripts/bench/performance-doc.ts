/**
 * Writes the bench's results into docs/performance.md between its two markers, leaving the prose
 * around them (what the numbers mean, the bottlenecks) as the team wrote it.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export const START = "<!-- bench:start: written by npm run bench -- --write-doc -->";
export const END = "<!-- bench:end -->";

export function writeBenchSection(docPath: string, markdown: string): void {
  const block = `${START}\n\n${markdown.trim()}\n\n${END}`;
  const doc = existsSync(docPath) ? readFileSync(docPath, "utf8") : "";
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start === -1 || end < start) {
    throw new Error(`${docPath} has no bench section: put the lines\n${START}\n${END}\nwhere the results belong.`);
  }
  writeFileSync(docPath, `${doc.slice(0, start)}${block}${doc.slice(end + END.length)}`);
}
