/**
 * An independent way to name days for property tests: plain UTC arithmetic on JavaScript dates,
 * which has no time zones or clock changes, to check the luxon code in Europe/London against.
 */
const DAY_MS = 86_400_000;

/** The `YYYY-MM-DD` date `offset` days after 1 January 1990. */
export function dayFromOffset(offset: number): string {
  return new Date(Date.UTC(1990, 0, 1) + offset * DAY_MS).toISOString().slice(0, 10);
}

/** Day offsets covering 1990 to about 2089, leap years and every clock change included. */
export const dayOffsetRange = { min: 0, max: 36_500 };

/** `start` plus `months` months, clamped to the month's end, minus one day: the law's "beginning with" period. */
export function periodEndOracle(start: string, months: number): string {
  const [year, month, day] = start.split("-").map(Number) as [number, number, number];
  const lastDayOfTarget = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  const anniversary = Date.UTC(year, month - 1 + months, Math.min(day, lastDayOfTarget));
  return new Date(anniversary - DAY_MS).toISOString().slice(0, 10);
}
