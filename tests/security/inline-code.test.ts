/**
 * Nothing in the built pages needs more than netlify.toml's Content-Security-Policy allows: every
 * inline script has its hash in script-src, and there is no inline style or event handler, which
 * the policy would block. Checked in the HTML itself, so a new nhsuk-frontend version that changes
 * its inline script fails with the hash to put in netlify.toml.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { exampleSite } from "../helpers/example-site.ts";
import { netlifyHeadersForEveryPath, parseCsp } from "../helpers/netlify-headers.ts";
import { isHubPage, siteFiles } from "../helpers/site-files.ts";

let pages: { file: string; document: Document }[];

beforeAll(() => {
  const site = exampleSite().dir;
  pages = siteFiles(site)
    .filter(isHubPage)
    .map((file) => ({
      file,
      document: parseHTML(readFileSync(path.join(site, file), "utf8")).document as unknown as Document,
    }));
});

/** A CSP hash source for a script's exact text, as the browser computes it. */
function hashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

describe("inline code in the built pages", () => {
  it("has the hash of every inline script in netlify.toml's script-src", () => {
    const scriptSrc = parseCsp(netlifyHeadersForEveryPath()["Content-Security-Policy"] ?? "").get("script-src") ?? [];
    const missing = new Map<string, string[]>();
    for (const { file, document } of pages) {
      for (const script of document.querySelectorAll("script:not([src])")) {
        const hash = hashSource(script.textContent ?? "");
        if (!scriptSrc.includes(hash)) missing.set(hash, [...(missing.get(hash) ?? []), file]);
      }
    }
    const messages = [...missing].map(
      ([hash, files]) =>
        `An inline script on ${files.length} page(s), such as ${files[0]}, is not allowed by the Content-Security-Policy: ` +
        `add ${hash} to script-src in netlify.toml (and remove the old hash if nhsuk-frontend changed its script).`,
    );
    expect(messages).toEqual([]);
  });

  it("has no inline style, style attribute, event handler attribute or javascript: address, which the policy blocks", () => {
    const found: string[] = [];
    for (const { file, document } of pages) {
      if (document.querySelector("style")) found.push(`${file}: a <style> element`);
      for (const element of document.querySelectorAll("*")) {
        for (const { name, value } of [...element.attributes]) {
          if (name === "style") found.push(`${file}: style="${value}" on <${element.localName}>`);
          if (/^on/i.test(name)) found.push(`${file}: ${name}="${value}" on <${element.localName}>`);
          if (["href", "src", "action", "formaction"].includes(name) && /^\s*javascript:/i.test(value))
            found.push(`${file}: ${name}="${value}" on <${element.localName}>`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
