/**
 * Checks for _data/redirects.yaml that need no build: each old address once, none sent to itself,
 * and no loops through other redirects. That every target exists is checked against the built
 * site (lib/build/check-targets.ts). Two addresses are the same when lib/site-paths says so.
 */
import type { DataError } from "../errors.ts";
import type { HubData, HubFiles } from "../hub.ts";
import { errorAt } from "../locate.ts";
import { unique } from "./rules.ts";
import { addressKey } from "../../site-paths/same-address.ts";

export function checkRedirects({ redirects: { redirects } }: HubData, files: HubFiles): DataError[] {
  const yaml = files["redirects.yaml"];
  const errors = unique(
    yaml,
    "redirects",
    "from",
    redirects.map((redirect) => addressKey(redirect.from)),
    "send each old address to one place",
  );
  const next = new Map<string, string>();
  for (const redirect of redirects) {
    if (!next.has(addressKey(redirect.from)) && redirect.to.startsWith("/"))
      next.set(addressKey(redirect.from), addressKey(redirect.to));
  }
  redirects.forEach((redirect, index) => {
    const start = addressKey(redirect.from);
    if (addressKey(redirect.to) === start) {
      errors.push(
        errorAt(
          yaml,
          ["redirects", index, "to"],
          `'${redirect.from}' redirects to itself: point it at the page that replaced it`,
        ),
      );
      return;
    }
    const chain = [start];
    let current = next.get(start);
    while (current !== undefined && !chain.includes(current)) {
      chain.push(current);
      current = next.get(current);
    }
    // Report a loop once, at the first of its redirects in the file.
    const firstInLoop = redirects.findIndex((other) => chain.includes(addressKey(other.from)));
    if (current === start && firstInLoop === index) {
      errors.push(
        errorAt(
          yaml,
          ["redirects", index, "to"],
          `these redirects go round in a loop (${[...chain, start].join(" -> ")}), so the page would never load: point one of them at a page that exists`,
        ),
      );
    }
  });
  return errors;
}
