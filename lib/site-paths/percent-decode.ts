/**
 * Percent-decoding, one way for every check: an address on this site is written encoded
 * (`/Annual%20report.pdf`, `/caf%C3%A9/`) but names a file by its decoded name. decodeURIComponent
 * decodes UTF-8 and encoded slashes alike and refuses broken encodings (`%E0%A4%A`, a lone `%`).
 */

/** The decoded text, or undefined when its encoding is broken, so it names no file at all. */
export function percentDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The decoded text, or the text as written when its encoding is broken: for messages and comparisons. */
export function percentDecodeOrKeep(text: string): string {
  return percentDecode(text) ?? text;
}
