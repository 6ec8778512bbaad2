/**
 * Spaces to non-breaking spaces, so a phone number never wraps across lines (html-validate's
 * tel-non-breaking rule; a number split over two lines is easy to misdial).
 */
export function nonBreaking(value: string | null | undefined): string {
  return value ? value.replace(/ /g, "\u00a0") : "";
}
