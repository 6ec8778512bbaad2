/** A score change in words, so it never depends on an arrow or a colour: "Up 1", "No change". */
export function changeInWords(change: number | null | undefined): string {
  if (change === null || change === undefined) return "Not graded the year before";
  if (change === 0) return "No change";
  return change > 0 ? `Up ${change}` : `Down ${-change}`;
}
