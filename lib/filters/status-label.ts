/** A kebab-case status id as words: 'on-track' → "On track", 'not-started' → "Not started". */
export function statusLabel(status: string | null | undefined): string {
  if (!status) return "";
  const words = status.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
