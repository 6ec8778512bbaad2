/**
 * Checks on the raw text of a YAML file or a page before it is parsed: mistakes that no parser
 * reports clearly. A file not saved as UTF-8 would otherwise be read with replacement characters
 * (or as a confusing YAML error), invisible control characters would reach the page, and a file
 * far larger than any real content would tie the build up.
 */
import type { DataError } from "./errors.ts";

/** Far beyond any real content (a thousand policies is well under 1 MB), small enough to read at once. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** Decodes UTF-8 strictly; an error points at the first byte that is not UTF-8. */
export function decodeUtf8(
  bytes: Uint8Array,
  file: string,
): { ok: true; text: string } | { ok: false; error: DataError } {
  if (bytes.length > MAX_SOURCE_BYTES) {
    const megabytes = (bytes.length / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      error: {
        file,
        line: 1,
        column: 1,
        path: "",
        message: `this file is ${megabytes} MB, more than the ${MAX_SOURCE_BYTES / 1024 / 1024} MB the hub reads: check it is the right file, or split the content`,
      },
    };
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
    const lines = before.split("\n");
    const byte = bytes[offset]?.toString(16).toUpperCase().padStart(2, "0") ?? "??";
    return {
      ok: false,
      error: {
        file,
        line: lines.length,
        column: (lines.at(-1)?.length ?? 0) + 1,
        path: "",
        message: `this file is not saved as UTF-8 (byte 0x${byte} here): save it again as UTF-8 in your editor, and retype any character that looks wrong`,
      },
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length;) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return bytes.length;
}

/** The length of the valid UTF-8 sequence starting at `index`, or 0 if it is not one. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index] ?? 0;
  const continuation = (offset: number) => ((bytes[index + offset] ?? 0) & 0xc0) === 0x80;
  if (first < 0x80) return 1;
  if (first >= 0xc2 && first <= 0xdf) return continuation(1) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) return continuation(1) && continuation(2) ? 3 : 0;
  if (first >= 0xf0 && first <= 0xf4) return continuation(1) && continuation(2) && continuation(3) ? 4 : 0;
  return 0;
}

/**
 * Control characters other than tab and line breaks, and the bidirectional overrides that can make
 * text read differently from how it is stored. They are invisible in most editors, so each is named.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

export function findInvisibleCharacters(text: string, file: string): DataError[] {
  const errors: DataError[] = [];
  text.split("\n").forEach((line, index) => {
    for (const match of line.matchAll(INVISIBLE)) {
      const code = (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
      errors.push({
        file,
        line: index + 1,
        column: (match.index ?? 0) + 1,
        path: "",
        message: `there is an invisible control character (U+${code}) here, often pasted from another document: delete it and retype the text around it`,
      });
    }
  });
  return errors;
}
