import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toCsv } from "../../../lib/open-data/csv.ts";

describe("open data as CSV", () => {
  it("quotes cells with commas, quotes and line breaks so they read back as written", () => {
    const records = [
      { title: 'Pay, "fairly"', summary: "Line one\nline two", count: 3, done: false, list: [], none: null },
    ];
    const csv = toCsv(["title", "summary", "count", "done", "list", "none"], records, "test");
    expect(parse(csv)).toEqual([
      ["title", "summary", "count", "done", "list", "none"],
      ['Pay, "fairly"', "Line one\nline two", "3", "false", "", ""],
    ]);
  });

  it("joins a list's items with a semicolon and a space", () => {
    expect(toCsv(["characteristics"], [{ characteristics: ["age", "disability"] }], "test")).toBe(
      "characteristics\r\nage; disability\r\n",
    );
  });

  it("refuses an item with a semicolon, which would read back as two, and says how to fix it", () => {
    expect(() => toCsv(["seldomHeard"], [{ seldomHeard: ["carers; young carers"] }], "engagement")).toThrow(
      "open data engagement.seldomHeard: 'carers; young carers' has a ';', which the CSV uses between the items of a list: write it as two items, or without the ';'",
    );
  });
});
