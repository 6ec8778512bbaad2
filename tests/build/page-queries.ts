/** Queries the whole-build tests share: what a reader hears in a table, and which pages were built. */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { text } from "../helpers/build-hub.ts";
import { isHubPage } from "../helpers/site-files.ts";

/** What a screen reader hears in each cell of a row: the responsive table's aria-hidden labels left out. */
export function heard(row: Element | undefined): string[] {
  return [...(row?.querySelectorAll("th, td") ?? [])].map((cell) => {
    const copy = cell.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll("[aria-hidden='true']")) hidden.remove();
    return text(copy);
  });
}

export function rowStarting(page: Document, start: string): Element | undefined {
  return [...page.querySelectorAll("tbody tr")].find((row) => heard(row)[0]?.startsWith(start));
}

export function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter(isHubPage)
    .map((file) => path.join(dir, file))
    .filter((file) => statSync(file).isFile());
}
