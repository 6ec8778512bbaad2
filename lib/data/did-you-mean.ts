/** Suggestions for mistyped ids, values and field names: "did you mean 'pregnancy-maternity'?" */

/** The closest candidate, or undefined when nothing is close enough to be a likely typo. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = likeness(needle, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  // Short words need a tight limit, or "race" would suggest "age".
  const tolerance = Math.max(1, Math.floor(input.length / 3));
  return best.distance <= tolerance ? best.candidate : undefined;
}

/** "did you mean 'x'?" when one candidate is close, otherwise "". */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const match = closestMatch(input, candidates);
  return match === undefined ? "" : `did you mean '${match}'?`;
}

/** `'a', 'b', 'c'`, each once, for messages that list what is allowed. */
export function quotedList(values: readonly string[]): string {
  return [...new Set(values)].map((value) => `'${value}'`).join(", ");
}

/** ": did you mean 'x'?" or, when nothing is close, ": use one of 'a', 'b', 'c'". */
export function suggestion(input: string, candidates: readonly string[]): string {
  const match = didYouMean(input, candidates);
  if (match) return `: ${match}`;
  return candidates.length > 0 ? `: use one of ${quotedList(candidates)}` : "";
}

/**
 * Edit distance, except that a shortened or extended id ('pregnancy' for 'pregnancy-maternity',
 * 'yearly' for 'fixed-yearly') counts as one slip: people drop half of a two-word id.
 */
function likeness(needle: string, hay: string): number {
  const contained = (small: string, large: string) => small.length >= 3 && large.includes(small);
  if (needle !== hay && (contained(needle, hay) || contained(hay, needle))) return 1;
  return editDistance(needle, hay);
}

/** Levenshtein distance counting a swap of neighbouring letters as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}
