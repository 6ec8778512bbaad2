/**
 * Adding an entry leaves every other byte of the file as it was: comments, quotes, folded text and
 * blank lines in entries nobody touched. Checked on every data file of every example hub that has
 * a list `npm run new` adds to, and on the shapes a list can have (empty, missing, CRLF, BOM).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { insertEntry, InsertError } from "../../../lib/scaffold/insert-entry.ts";
import { PROJECT_ROOT } from "../../helpers/build-hub.ts";

const ENTRY = '- id: new-one # EDIT: a note\n  title: New one\n  on: "2026-11-23"\n';
const VALUE = { id: "new-one", title: "New one", on: "2026-11-23" };

/** What was inserted: the text between the longest common start and end of the two. */
function insertedPart(before: string, after: string): { start: number; text: string } {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start += 1;
  let end = 0;
  while (end < before.length - start && before.at(-1 - end) === after.at(-1 - end)) end += 1;
  return { start, text: after.slice(start, after.length - end) };
}

const HUBS = ["_data", "examples/closed-ccg/_data", "examples/joint-ccgs/_data"];
const LISTS = {
  "policies.yaml": "policies",
  "objectives.yaml": "objectives",
  "engagement.yaml": "engagements",
  "reports.yaml": "reports",
};

describe("adding an entry to the example hubs' data files", () => {
  for (const hub of HUBS) {
    for (const [file, list] of Object.entries(LISTS)) {
      it(`keeps ${hub}/${file} byte for byte, with the entry as the list's last item`, () => {
        const source = readFileSync(path.join(PROJECT_ROOT, hub, file), "utf8");
        const result = insertEntry(source, list, ENTRY, file);
        const { text } = insertedPart(source, result.text);
        // Removing what was inserted gives back the file exactly.
        expect(result.text.replace(text, "")).toBe(source);
        expect(text.trim().length).toBeGreaterThan(0);
        const items = (parse(result.text) as Record<string, unknown[]>)[list] ?? [];
        expect(items.at(-1)).toEqual(VALUE);
        expect(items).toHaveLength(((parse(source) as Record<string, unknown[]>)[list] ?? []).length + 1);
        expect(result.text.split("\n")[result.line - 1]).toMatch(/^\s+- id: new-one # EDIT: a note$/);
      });
    }
  }
});

describe("adding an entry to lists of other shapes", () => {
  const items = (text: string) => (parse(text) as { policies: unknown[] }).policies;

  it("indents it like the items before it, after a blank line when they have one between them", () => {
    const source = "policies:\n  - id: a\n\n  - id: b\n";
    const result = insertEntry(source, "policies", ENTRY, "policies.yaml");
    expect(result.text).toBe(`${source}\n  - id: new-one # EDIT: a note\n    title: New one\n    on: "2026-11-23"\n`);
    expect(result.line).toBe(6);
  });

  it("writes no blank line where the items have none, and follows items not indented under their key", () => {
    const source = "# Our policies\npolicies:\n- id: a\n- id: b\n";
    const result = insertEntry(source, "policies", ENTRY, "policies.yaml");
    expect(result.text).toBe(`${source}- id: new-one # EDIT: a note\n  title: New one\n  on: "2026-11-23"\n`);
    expect(result.line).toBe(5);
  });

  it("keeps what follows the list, such as another field, after the entry", () => {
    const source = "policies:\n  - id: a\nnotes: kept\n";
    const result = insertEntry(source, "policies", ENTRY, "policies.yaml");
    expect(result.text.startsWith("policies:\n  - id: a\n  - id: new-one")).toBe(true);
    expect(result.text.endsWith('    on: "2026-11-23"\nnotes: kept\n')).toBe(true);
    expect(items(result.text)).toHaveLength(2);
  });

  it("adds a line end to a file whose last line has none", () => {
    const result = insertEntry("policies:\n  - id: a", "policies", ENTRY, "policies.yaml");
    expect(result.text).toBe(
      'policies:\n  - id: a\n  - id: new-one # EDIT: a note\n    title: New one\n    on: "2026-11-23"\n',
    );
  });

  it("turns an empty list, 'policies: []', into a list of the one entry", () => {
    const result = insertEntry("# Policies\npolicies: []\n", "policies", ENTRY, "policies.yaml");
    expect(result.text).toBe(
      '# Policies\npolicies:\n  - id: new-one # EDIT: a note\n    title: New one\n    on: "2026-11-23"\n',
    );
    expect(result.line).toBe(3);
  });

  it("fills a list key with nothing after it", () => {
    const result = insertEntry("policies:\n", "policies", ENTRY, "policies.yaml");
    expect(items(result.text)).toEqual([VALUE]);
    expect(result.line).toBe(2);
  });

  it("adds the list at the end of a file that does not have it yet", () => {
    const result = insertEntry("# No reports yet.\n", "reports", ENTRY, "reports.yaml");
    expect(result.text).toBe(
      '# No reports yet.\nreports:\n  - id: new-one # EDIT: a note\n    title: New one\n    on: "2026-11-23"\n',
    );
    expect(result.line).toBe(3);
  });

  it("writes Windows line ends in a file that has them, and keeps its byte order mark", () => {
    const source = "\uFEFFpolicies:\r\n  - id: a\r\n";
    const result = insertEntry(source, "policies", ENTRY, "policies.yaml");
    expect(result.text).toBe(
      `${source}  - id: new-one # EDIT: a note\r\n    title: New one\r\n    on: "2026-11-23"\r\n`,
    );
  });

  it("refuses a list written in brackets, or a file that is not YAML, saying what to do", () => {
    expect(() => insertEntry("policies: [a, b]\n", "policies", ENTRY, "policies.yaml")).toThrow(InsertError);
    expect(() => insertEntry("policies: [a, b]\n", "policies", ENTRY, "policies.yaml")).toThrow(/one '- ' item a line/);
    expect(() => insertEntry("policies: [\n", "policies", ENTRY, "policies.yaml")).toThrow(/npm run check/);
  });
});
