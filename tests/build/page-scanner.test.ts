/**
 * The internal link check reads pages with its own small scanner (lib/links/scan-html.ts), not a
 * DOM. Moved here from tests/unit/links because it reads the example hub the global setup builds:
 * on every page of it, the scanner must find exactly what a DOM finds.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exampleSite } from "../helpers/example-site.ts";
import { withLinkedom, withScanner } from "../helpers/scan-reference.ts";

describe("the page scanner", () => {
  it("finds exactly the ids and addresses a DOM finds, on every page of the example hub", () => {
    const { dir } = exampleSite();
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const html = readFileSync(path.join(dir, file), "utf8");
      expect(withScanner(html), file).toEqual(withLinkedom(html));
    }
  });
});
