/** Raw text checks before parsing: encoding, size and invisible characters, each pointed at. */
import { describe, expect, it } from "vitest";
import { decodeUtf8, findInvisibleCharacters, MAX_SOURCE_BYTES } from "../../../lib/data/source-checks.ts";

const FILE = "_data/objectives.yaml";

describe("decoding a file as UTF-8", () => {
  it("reads accents, Welsh and emoji written as UTF-8", () => {
    const text = "title: Café, Ŵyr, 👋\n";
    expect(decodeUtf8(Buffer.from(text, "utf8"), FILE)).toEqual({ ok: true, text });
  });

  it("points at the first byte that is not UTF-8, counting lines and characters before it", () => {
    const bytes = Buffer.concat([Buffer.from("a: é\nb: x"), Buffer.from([0xc3, 0x28])]);
    expect(decodeUtf8(bytes, FILE)).toMatchObject({ ok: false, error: { file: FILE, line: 2, column: 5 } });
  });

  it("refuses a cut-off multi-byte character at the end", () => {
    const result = decodeUtf8(Buffer.from([0x61, 0xe2, 0x82]), FILE);
    expect(result.ok ? "" : result.error.message).toContain("byte 0xE2");
  });

  it("refuses a file over the size limit before decoding it", () => {
    const result = decodeUtf8(new Uint8Array(MAX_SOURCE_BYTES + 1), FILE);
    expect(result.ok ? "" : result.error.message).toMatch(/^this file is 5\.0 MB, more than the 5 MB the hub reads/);
  });
});

describe("finding invisible characters", () => {
  it("names each control character with its line and column, and allows tabs", () => {
    expect(
      findInvisibleCharacters("a: ok\tfine\nb: x\u0000y\u001Bz", FILE).map((error) => [
        error.line,
        error.column,
        error.message.slice(0, 60),
      ]),
    ).toEqual([
      [2, 5, "there is an invisible control character (U+0000) here, often"],
      [2, 7, "there is an invisible control character (U+001B) here, often"],
    ]);
  });

  it("finds bidirectional overrides, which make text read differently from how it is stored", () => {
    expect(findInvisibleCharacters("title: \u2067abc\u2069", FILE)).toHaveLength(2);
  });
});
