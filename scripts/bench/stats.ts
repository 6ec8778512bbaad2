/** The middle value: a bench reports medians, which one slow run cannot move. */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function seconds(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} s`;
}

export function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? "not measured" : `${Math.round(bytes / 2 ** 20)} MB`;
}
