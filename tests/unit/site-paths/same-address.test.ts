/** When two site paths are one address, and how percent-encoding is read. */
import { describe, expect, it } from "vitest";
import { percentDecode, percentDecodeOrKeep } from "../../../lib/site-paths/percent-decode.ts";
import { addressKey, withoutTrailingSlash } from "../../../lib/site-paths/same-address.ts";

describe("percentDecode", () => {
  it("decodes spaces, UTF-8 and encoded slashes", () => {
    expect([percentDecode("/Annual%20report.pdf"), percentDecode("/caf%C3%A9/"), percentDecode("/a%2Fb")]).toEqual([
      "/Annual report.pdf",
      "/café/",
      "/a/b",
    ]);
  });

  it("gives nothing for a broken encoding: a cut-off UTF-8 sequence or a lone '%'", () => {
    expect([percentDecode("/%E0%A4%A"), percentDecode("/100%/"), percentDecode("/%C3")]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("keeps a broken encoding as written when asked to", () => {
    expect([percentDecodeOrKeep("/%E0%A4%A"), percentDecodeOrKeep("/caf%C3%A9/")]).toEqual(["/%E0%A4%A", "/café/"]);
  });
});

describe("addressKey", () => {
  it("makes '/a', '/a/' and '/a//' one address, and keeps the home page '/'", () => {
    expect([
      addressKey("/a"),
      addressKey("/a/"),
      addressKey("/a//"),
      addressKey("/"),
      withoutTrailingSlash("//"),
    ]).toEqual(["/a", "/a", "/a", "/", "/"]);
  });

  it("makes an encoded and a plain spelling of the same name one address", () => {
    expect(addressKey("/Annual%20report/")).toBe(addressKey("/Annual report"));
  });

  it("compares a broken encoding as written", () => {
    expect(addressKey("/100%/")).toBe("/100%");
  });
});
