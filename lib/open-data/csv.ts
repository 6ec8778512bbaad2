/**
 * A dataset as CSV, after the GOV.UK guidance for tabular data: UTF-8 without a byte order mark,
 * one header row of the JSON's field names, one row per record, dates as ISO 8601 (YYYY-MM-DD, as
 * the JSON has them), lines ending CRLF (RFC 4180). Each cell is the JSON value written as text:
 * null is an empty cell, true and false are `true` and `false`, and a list is its items joined by
 * LIST_SEPARATOR. csv-stringify does the quoting.
 */
import { stringify } from "csv-stringify/sync";

/** Lists are of ids or short names, so a semicolon and a space never occur in an item. */
export const LIST_SEPARATOR = "; ";

export type CsvValue = string | number | boolean | null | string[];

export function toCsv(columns: string[], records: Array<Record<string, unknown>>, dataset: string): string {
  const rows = records.map((record) => columns.map((column) => cell(record[column], `${dataset}.${column}`)));
  return stringify([columns, ...rows], { record_delimiter: "windows" });
}

function cell(value: unknown, where: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    const items = value.map(String);
    const joined = items.find((item) => item.includes(LIST_SEPARATOR.trim()));
    // Said at build, not found later by someone whose spreadsheet split an item in two.
    if (joined !== undefined) {
      throw new Error(
        `open data ${where}: '${joined}' has a ';', which the CSV uses between the items of a list: write it as two items, or without the ';'`,
      );
    }
    return items.join(LIST_SEPARATOR);
  }
  throw new Error(`open data ${where}: a CSV cell cannot hold ${JSON.stringify(value)}`);
}
