/**
 * The headers netlify.toml sends with every page (`[[headers]] for = "/*"`), read from the file
 * itself, so the tests check exactly what Netlify will send and there is no second copy to drift.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, type TomlTable } from "smol-toml";
import { PROJECT_ROOT } from "./build-hub.ts";

export function netlifyHeadersForEveryPath(): Record<string, string> {
  const everyPath = headerRules().find((rule) => rule.for === "/*");
  if (!everyPath) throw new Error('netlify.toml has no [[headers]] rule for "/*"');
  return valuesOf(everyPath);
}

/**
 * The headers Netlify sends with `address`: every rule whose `for` matches it, in the file's order,
 * a later rule's value of a header replacing an earlier one's (as Netlify's own headersForPath in
 * netlify/primitives merges them). `*` matches anything, as in netlify.toml.
 */
export function netlifyHeadersFor(address: string): Record<string, string> {
  const matching = headerRules().filter((rule) => {
    const pattern = String(rule.for)
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*");
    return new RegExp(`^${pattern}$`).test(address);
  });
  return Object.assign({}, ...matching.map(valuesOf)) as Record<string, string>;
}

function headerRules(): TomlTable[] {
  const config = parse(readFileSync(path.join(PROJECT_ROOT, "netlify.toml"), "utf8"));
  return Array.isArray(config.headers) ? config.headers.filter(isTable) : [];
}

function valuesOf(rule: TomlTable): Record<string, string> {
  const values = rule.values;
  if (!isTable(values)) throw new Error(`netlify.toml's "${String(rule.for)}" headers rule has no [headers.values]`);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== "string")
      throw new Error(`netlify.toml header ${name} should be a string, not ${JSON.stringify(value)}`);
    headers[name] = value;
  }
  return headers;
}

/** A Content-Security-Policy as directive name -> its sources, such as `script-src` -> [`'self'`]. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function isTable(value: unknown): value is TomlTable {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
