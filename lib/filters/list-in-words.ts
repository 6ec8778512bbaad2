/**
 * Items as a sentence reads them: ["A", "B", "C"] → "A, B and C"; with "or", "A, B or C"; empty
 * for no items.
 */
export function listInWords(items: readonly string[] | null | undefined, conjunction: "and" | "or" = "and"): string {
  if (!items || items.length === 0) return "";
  if (items.length === 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}
