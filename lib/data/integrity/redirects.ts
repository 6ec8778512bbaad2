/**
 * Checks for _data/redirects.yaml that need no build: each old address once, none sent to itself,
 * and no loops through other redirects. That every target exists is checked against the built
 * site (lib/build/check-links.ts).
 */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { errorAt } from "../locate.ts";
import { unique } from "./rules.ts";

/** '/a' and '/a/' are the same page to Netlify and to readers (and so is '/a//'). */
export function normalisePath(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, "") || "/" : path;
}

export function checkRedirects({ redirects: { redirects } }: HubData, files: HubFiles): DataError[] {
  const yaml = files["redirects.yaml"];
  const errors = unique(yaml, "redirects", "from", redirects.map((redirect) => normalisePath(redirect.from)), "send each old address to one place");
  const next = new Map<string, string>();
  for (const redirect of redirects) {
    if (!next.has(normalisePath(redirect.from)) && redirect.to.startsWith("/")) next.set(normalisePath(redirect.from), normalisePath(redirect.to));
  }
  redirects.forEach((redirect, index) => {
    const start = normalisePath(redirect.from);
    if (normalisePath(redirect.to) === start) {
      errors.push(errorAt(yaml, ["redirects", index, "to"], `'${redirect.from}' redirects to itself: point it at the page that replaced it`));
      return;
    }
    const chain = [start];
    let current = next.get(start);
    while (current !== undefined && !chain.includes(current)) {
      chain.push(current);
      current = next.get(current);
    }
    // Report a loop once, at the first of its redirects in the file.
    const firstInLoop = redirects.findIndex((other) => chain.includes(normalisePath(other.from)));
    if (current === start && firstInLoop === index) {
      errors.push(errorAt(yaml, ["redirects", index, "to"], `these redirects go round in a loop (${[...chain, start].join(" -> ")}), so the page would never load: point one of them at a page that exists`));
    }
  });
  return errors;
}
