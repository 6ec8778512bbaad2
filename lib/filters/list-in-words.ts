/** Items as a sentence reads them: ["A", "B", "C"] → "A, B and C"; empty for no items. */
export function listInWords(items: readonly string[] | null | undefined): string {
  if (!items || items.length === 0) return "";
  if (items.length === 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
