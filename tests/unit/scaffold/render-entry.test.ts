/**
 * An entry as `npm run new` writes it: YAML that reads back as the entry, dates and versions in
 * double quotes (the loader refuses unquoted dates), and a `# EDIT:` comment on the line of each
 * value to change.
 */
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { loadHubOrThrow } from "../../../lib/data/load-hub.ts";
import { findUnquotedDates } from "../../../lib/data/unquoted-dates.ts";
import { newPolicy } from "../../../lib/scaffold/policy.ts";
import { renderEntry } from "../../../lib/scaffold/render-entry.ts";
import { PROJECT_ROOT } from "../../helpers/build-hub.ts";
import { LineCounter } from "yaml";

const { data } = loadHubOrThrow("_data", PROJECT_ROOT);
const entry = newPolicy({ title: "Flexible working policy", today: "2026-11-23", data });
const text = renderEntry(entry);
const lines = text.split("\n");

describe("a rendered entry", () => {
  it("reads back as exactly the entry", () => {
    expect(parseDocument(text).toJS()).toEqual([entry.value]);
  });

  it("is one list item starting at column 0", () => {
    expect(lines[0]).toBe("- id: flexible-working-policy");
    expect(
      lines
        .slice(1)
        .filter((line) => line !== "")
        .every((line) => line.startsWith("  ")),
    ).toBe(true);
  });

  it("writes its dates, version and reference in double quotes, so the loader takes them", () => {
    expect(lines).toContain('    on: "2026-11-23" # EDIT: the day it was approved');
    expect(text).toContain('version: "1.0"');
    expect(text).toContain('reference: "NEW-001"');
    const doc = parseDocument(text);
    expect(
      findUnquotedDates({ file: "policies.yaml", source: text, doc, lineCounter: new LineCounter(), data: undefined }),
    ).toEqual([]);
  });

  it("puts each note beside its value as '# EDIT:'", () => {
    expect(lines).toContain(
      "  owner: Director of Corporate Affairs # EDIT: the role that owns the policy, not a person's name",
    );
    expect(text.match(/# EDIT:/g)).toHaveLength(entry.edits.length);
  });

  it("refuses a note for a value the entry does not have", () => {
    expect(() => renderEntry({ ...entry, edits: [{ path: ["ownr"], note: "x" }] })).toThrow(/ownr/);
  });
});
