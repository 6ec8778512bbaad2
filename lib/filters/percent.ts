/**
 * A percentage as the gender pay gap service shows it, to one decimal place: 12.4 → "12.4%",
 * -3.1 → "−3.1%" (a true minus sign, which screen readers say as "minus"); empty when missing.
 */
export function percent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "";
  const rounded = Math.round(Math.abs(value) * 10) / 10;
  // -0.04 rounds to 0.0, which has no sign.
  const sign = value < 0 && rounded !== 0 ? "\u2212" : "";
  return `${sign}${rounded.toFixed(1)}%`;
}
