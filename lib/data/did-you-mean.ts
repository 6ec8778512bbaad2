/** Suggestions for mistyped ids and field names: "did you mean 'pregnancy-maternity'?" */

/** The closest candidate, or undefined when nothing is close enough to be a likely typo. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    // A shortened or extended id ('pregnancy' for 'pregnancy-maternity') is a likely slip.
    const distance = hay.startsWith(needle) || needle.startsWith(hay) ? 1 : editDistance(needle, hay);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  // Short words need a tight limit, or "race" would suggest "age".
  const tolerance = Math.max(1, Math.floor(input.length / 3));
  return best.distance <= tolerance ? best.candidate : undefined;
}

/** " did you mean 'x'?" or, when nothing is close, " use one of: a, b, c". */
export function suggestion(input: string, allCandidates: readonly string[]): string {
  const candidates = [...new Set(allCandidates)];
  const match = closestMatch(input, candidates);
  if (match) return `: did you mean '${match}'?`;
  return candidates.length > 0 ? `: use one of ${candidates.map((candidate) => `'${candidate}'`).join(", ")}` : "";
}

/** Levenshtein distance counting a swap of neighbouring letters as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
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
