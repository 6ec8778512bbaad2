/**
 * A small reports.yaml for the tests, one report a line where it can be, so the line and column a
 * test expects can be read off the text.
 */
const pdf = `documents: [{ title: Report, url: /report.pdf, format: PDF, size: 240 KB }]`;

/** Line 2 + n holds the report at index n. */
export function reportsYaml(...reports: string[]): string {
  return ["reports:", ...reports.map((report) => `  - ${report}`), ""].join("\n");
}

export function wres(year = "2025/26", publishedOn = "2025-10-29", extra = ""): string {
  return `{ type: wres, year: "${year}", publishedOn: "${publishedOn}", ${pdf}${extra} }`;
}

export interface Figures {
  meanHourlyGap?: number;
  lowerMiddle?: string;
  snapshotDate?: string;
}

/** Gender pay gap figures as one flow mapping. */
export function figures({
  meanHourlyGap = 12.4,
  lowerMiddle = "{ men: 30, women: 70 }",
  snapshotDate = "2025-03-31",
}: Figures = {}): string {
  return `{ snapshotDate: "${snapshotDate}", meanHourlyGap: ${meanHourlyGap}, medianHourlyGap: 9.8, meanBonusGap: 20, medianBonusGap: -3.1, bonusReceived: { men: 5, women: 4.5 }, quartiles: { lower: { men: 20, women: 80 }, lowerMiddle: ${lowerMiddle}, upperMiddle: { men: 35, women: 65 }, upper: { men: 45.5, women: 54.5 } } }`;
}

export function genderPayGap(year = "2025/26", genderPayGapFigures: string | null = figures()): string {
  const tail = genderPayGapFigures === null ? "" : `, genderPayGap: ${genderPayGapFigures}`;
  return `{ type: gender-pay-gap, year: "${year}", publishedOn: "2026-03-24", ${pdf}${tail} }`;
}
